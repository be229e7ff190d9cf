import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "@harbor/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserActor } from "../access/actor";
import { handleFileDownloadRequest } from "../file-download-http";
import { createApiKey } from "../services/auth/api-keys";
import { resetFileStore } from "../services/files";
import { callerFor, createTestOrganization, openSessionFor, useApiEnv, useTestOrganization } from "../testing";
import { daysAgo, fieldErrorsOf, useAddedUser } from "../testing/pipeline-fixtures";

const pdf = Buffer.from("%PDF-1.7\n% claim photo report\n");
const base64 = (bytes: Buffer) => bytes.toString("base64");

let filesDir: string;
const org = useTestOrganization();
const south = useAddedUser(org, "agent");

async function recordsOwnedBy(owner: UserActor, tag: string) {
  const contact = await db.contact.create({ data: { organizationId: owner.organizationId, ownerId: owner.userId, name: `File holder ${tag}` } });
  const policy = await db.policy.create({
    data: { organizationId: owner.organizationId, contactId: contact.id, ownerId: owner.userId, policyNumber: `FILE-${tag}`, type: "home", carrier: "Harbor Mutual", premium: 900, startDate: daysAgo(30), endDate: daysAgo(-300) },
  });
  const claim = await callerFor(owner).renewals.claims.create({ policyId: policy.id, claimType: "water", claimAmount: 800, description: "Burst pipe", incidentDate: daysAgo(2) });
  return { contact, policy, claim };
}

const download = async (id: string, as: UserActor | { key: string } | null) => {
  const sessionId = as && "userId" in as ? await openSessionFor(as) : null;
  return handleFileDownloadRequest(new Request(`http://harbor.test/api/files/${id}`, { headers: as && "key" in as ? { authorization: `Bearer ${as.key}` } : {} }), {
    getSessionId: async () => sessionId,
  });
};

beforeAll(async () => {
  filesDir = await mkdtemp(path.join(tmpdir(), "harbor-files-"));
});

afterAll(async () => {
  await rm(filesDir, { recursive: true, force: true });
});

useApiEnv(() => ({ FILES_DIR: filesDir, FILES_MAX_BYTES: String(64 * 1024) }), { onChange: resetFileStore });

describe("files", () => {
  it("attaches a file to a contact, policy and claim, lists it, and serves it as an attachment to who may see the record", async () => {
    const { contact, policy, claim } = await recordsOwnedBy(org.users.agent, "A1");
    const agent = callerFor(org.users.agent);
    for (const [entityType, entityId] of [["contact", contact.id], ["policy", policy.id], ["claim", claim.id]] as const) {
      const file = await agent.files.upload({ entityType, entityId, filename: "report.pdf", contentType: "application/pdf", content: base64(pdf) });
      expect(file).toMatchObject({ entityType, entityId, filename: "report.pdf", contentType: "application/pdf", sizeBytes: pdf.length, url: `/api/files/${file.id}`, uploadedBy: { id: org.users.agent.userId } });
      expect((await agent.files.list({ entityType, entityId })).items.map((item) => item.id)).toEqual([file.id]);
    }
    const [file] = (await agent.files.list({ entityType: "claim", entityId: claim.id })).items;

    const response = await download(file!.id, org.users.agent);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
    expect(Object.fromEntries(["content-type", "content-disposition", "x-content-type-options", "cache-control"].map((name) => [name, response.headers.get(name)]))).toEqual({
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    const { key } = await createApiKey({ actor: org.users.viewer, name: "files test" });
    expect((await download(file!.id, { key })).status).toBe(200);
    expect(await db.auditLog.count({ where: { action: "files.download", entityId: file!.id } })).toBe(2);
    // The bytes are under the data folder, named by the server, not the client.
    expect(await readdir(path.join(filesDir, org.organizationId))).toHaveLength(3);
  });

  it("hides another team's files: NOT_FOUND to list, upload, delete and 404 to download; managers see their team's, viewers read all", async () => {
    const { claim } = await recordsOwnedBy(south, "S1");
    const file = await callerFor(south).files.upload({ entityType: "claim", entityId: claim.id, filename: "south.pdf", contentType: "application/pdf", content: base64(pdf) });
    const agent = callerFor(org.users.agent);
    await expect(agent.files.list({ entityType: "claim", entityId: claim.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(agent.files.upload({ entityType: "claim", entityId: claim.id, filename: "x.pdf", contentType: "application/pdf", content: base64(pdf) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(agent.files.delete({ id: file.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const refused = await download(file.id, org.users.agent);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual({ error: { code: "NOT_FOUND", message: "File not found" } });
    expect((await download(file.id, org.users.manager)).status).toBe(404);
    expect((await download(file.id, org.users.compliance)).status).toBe(200);
    expect((await download(file.id, null)).status).toBe(401);
    expect((await download("not-an-id", org.users.admin)).status).toBe(404);
    const other = await createTestOrganization();
    expect((await download(file.id, other.users.admin)).status).toBe(404);

    await expect(callerFor(org.users.viewer).files.delete({ id: file.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await callerFor(org.users.viewer).files.list({ entityType: "claim", entityId: claim.id })).items).toHaveLength(1);
  });

  it("deletes a file with its bytes for those who may edit the record", async () => {
    const { contact } = await recordsOwnedBy(org.users.agent, "D1");
    const agent = callerFor(org.users.agent);
    const file = await agent.files.upload({ entityType: "contact", entityId: contact.id, filename: "id.png", contentType: "image/png", content: base64(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])) });
    const { storageKey } = await db.storedFile.findUniqueOrThrow({ where: { id: file.id }, select: { storageKey: true } });
    expect(await callerFor(org.users.admin).files.delete({ id: file.id })).toEqual({ id: file.id });
    await expect(readdir(path.dirname(path.join(filesDir, storageKey)))).resolves.not.toContain(path.basename(storageKey));
    expect((await download(file.id, org.users.agent)).status).toBe(404);
    await expect(agent.files.delete({ id: file.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("checks type, name and size (the configured limit, named), storing nothing refused", async () => {
    const { policy } = await recordsOwnedBy(org.users.agent, "T1");
    const agent = callerFor(org.users.agent);
    const upload = (filename: string, contentType: string, bytes: Buffer) => agent.files.upload({ entityType: "policy", entityId: policy.id, filename, contentType, content: base64(bytes) }).catch((error: unknown) => error);
    expect(fieldErrorsOf(await upload("big.pdf", "application/pdf", Buffer.concat([pdf, Buffer.alloc(70 * 1024)])))).toEqual({ content: ["The file is 70 KB; the limit is 64 KB"] });
    expect(fieldErrorsOf(await upload("page.html", "text/html", Buffer.from("<script>")))).toMatchObject({ contentType: [expect.stringContaining("cannot be attached") as unknown] });
    expect(fieldErrorsOf(await upload("fake.pdf", "application/pdf", Buffer.from("<html>")))).toEqual({ content: ["The content is not a application/pdf file"] });
    expect(fieldErrorsOf(await upload("../../evil.exe", "application/pdf", pdf))).toEqual({ filename: ["A application/pdf file's name must end in .pdf"] });
    expect((await agent.files.list({ entityType: "policy", entityId: policy.id })).total).toBe(0);
    const stored = await upload("../../notes.txt", "text/plain", Buffer.from("Adjuster visit Tuesday"));
    expect(stored).toMatchObject({ filename: "notes.txt", contentType: "text/plain" });
  });
});
