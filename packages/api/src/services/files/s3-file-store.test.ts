import { db } from "@harbor/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiEnv, resetApiEnv } from "../../env";
import { handleFileDownloadRequest } from "../../file-download-http";
import { callerFor, openSessionFor, seedRenewingPolicy, startS3StandIn, useApiEnv, useTestOrganization, type S3StandIn } from "../../testing";
import { addUser } from "../../testing/pipeline-fixtures";
import { resetFileStore } from "./file-store";
import { s3FileStore } from "./s3-file-store";

// The S3-compatible store through the real AWS SDK v3 against a loopback server that checks
// every request's SigV4 signature: the store alone, then the files service configured by FILES_S3_*.

const pdf = Buffer.from("%PDF-1.7\n% signed renewal offer\n");
const S3_VARIABLES = ["FILES_S3_BUCKET", "FILES_S3_ENDPOINT", "FILES_S3_REGION", "FILES_S3_ACCESS_KEY_ID", "FILES_S3_SECRET_ACCESS_KEY"] as const;

let s3: S3StandIn;

beforeAll(async () => {
  s3 = await startS3StandIn();
});

afterAll(async () => {
  await s3.stop();
});

describe("s3FileStore", () => {
  const storeFor = (secretAccessKey = s3.secretAccessKey) =>
    s3FileStore({ bucket: s3.bucket, region: s3.region, endpoint: s3.endpoint, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey } });

  it("puts, gets and deletes an object path-style, signed with the configured keys", async () => {
    const store = storeFor();
    await store.put("org-1/a", pdf);
    expect(s3.objects.get("org-1/a")?.equals(pdf)).toBe(true);
    expect((await store.get("org-1/a")).equals(pdf)).toBe(true);
    await store.delete("org-1/a");
    expect(s3.objects.has("org-1/a")).toBe(false);
    // Deleting again is done, as for the folder store.
    await store.delete("org-1/a");
    expect(s3.requests.slice(-4).map(({ method, status }) => `${method} ${status}`)).toEqual(["PUT 200", "GET 200", "DELETE 204", "DELETE 204"]);
  });

  it("writes a key once, reports a missing object, and is refused with the wrong secret", async () => {
    const store = storeFor();
    await store.put("org-1/once", pdf);
    await expect(store.put("org-1/once", Buffer.from("other"))).rejects.toMatchObject({ name: "PreconditionFailed", $metadata: { httpStatusCode: 412 } });
    expect(s3.objects.get("org-1/once")?.equals(pdf)).toBe(true);
    await expect(store.get("org-1/missing")).rejects.toMatchObject({ name: "NoSuchKey" });
    await expect(storeFor("wrong-secret").get("org-1/once")).rejects.toMatchObject({ name: "SignatureDoesNotMatch", $metadata: { httpStatusCode: 403 } });
  });
});

describe("files with FILES_S3_* set", () => {
  const org = useTestOrganization();

  useApiEnv(
    () => ({
      FILES_S3_BUCKET: s3.bucket,
      FILES_S3_ENDPOINT: s3.endpoint,
      FILES_S3_REGION: s3.region,
      FILES_S3_ACCESS_KEY_ID: s3.accessKeyId,
      FILES_S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    }),
    { onChange: resetFileStore },
  );

  it("keeps a renewal case's file in the bucket: upload, list, download by who may see the case, delete", async () => {
    const policy = await seedRenewingPolicy(org.organizationId, org.users.agent.userId, { name: "Bucket Client" });
    await callerFor(org.users.admin).renewals.cases.openDue();
    const { id: caseId } = await db.renewalCase.findFirstOrThrow({ where: { policyId: policy.policyId } });
    const agent = callerFor(org.users.agent);

    const file = await agent.files.upload({ entityType: "case", entityId: caseId, filename: "offer.pdf", contentType: "application/pdf", content: pdf.toString("base64") });
    const { storageKey } = await db.storedFile.findUniqueOrThrow({ where: { id: file.id }, select: { storageKey: true } });
    expect(storageKey.startsWith(`${org.organizationId}/`)).toBe(true);
    expect(s3.objects.get(storageKey)?.equals(pdf)).toBe(true);
    expect((await agent.files.list({ entityType: "case", entityId: caseId })).items.map((item) => item.filename)).toEqual(["offer.pdf"]);

    const download = async (user: typeof org.users.agent) => {
      const sessionId = await openSessionFor(user);
      return handleFileDownloadRequest(new Request(`http://harbor.test${file.url}`), { getSessionId: async () => sessionId });
    };
    const response = await download(org.users.viewer);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
    // An agent the case is not assigned to neither sees it nor its file.
    expect((await download(await addUser(org, "agent"))).status).toBe(404);

    await expect(callerFor(org.users.viewer).files.delete({ id: file.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await agent.files.delete({ id: file.id });
    expect(s3.objects.has(storageKey)).toBe(false);
    expect(await db.storedFile.count({ where: { id: file.id } })).toBe(0);
  });
});

describe("FILES_S3_* configuration", () => {
  afterAll(() => {
    for (const name of S3_VARIABLES) delete process.env[name];
    resetApiEnv();
  });

  it("refuses half a configuration, naming what is missing", () => {
    Object.assign(process.env, { FILES_S3_ENDPOINT: "http://127.0.0.1:9000", FILES_S3_ACCESS_KEY_ID: "key" });
    resetApiEnv();
    expect(() => apiEnv()).toThrow(/FILES_S3_BUCKET is missing or invalid: is required when another FILES_S3_\* variable is set\n {2}FILES_S3_SECRET_ACCESS_KEY/);
    Object.assign(process.env, { FILES_S3_BUCKET: "files", FILES_S3_SECRET_ACCESS_KEY: "secret", FILES_S3_ENDPOINT: "not a url" });
    resetApiEnv();
    expect(() => apiEnv()).toThrow('FILES_S3_ENDPOINT="not a url" is invalid: must be a URL');
  });
});
