import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { callerFor, createTestOrganization, uniqueSuffix, useTestOrganization } from "../../testing";
import { addUser } from "../../testing/pipeline-fixtures";
import { applyQueuedLeadImport, useImportQueueThreshold } from "../../testing/lead-imports";
import { useRealtimeStandIn } from "../../testing/realtime";

// Import history and undo (issue 12): every import — in the request or by the worker — is one
// lead_imports row with its counts, each lead it created or filled is a lead_import_changes row,
// and crm.leads.imports.undo trashes the created leads and reverts the filled ones (unless they
// changed since), once.

useRealtimeStandIn();

const csv = (header: string, rows: string[]) => `${header}\n${rows.join("\n")}\n`;

describe("crm.leads.imports", () => {
  const org = useTestOrganization();

  useImportQueueThreshold(40);

  it("records a synchronous import in the history with its counts and changes", async () => {
    const tag = `sync${uniqueSuffix()}`;
    const agent = callerFor(org.users.agent);
    const result = await agent.crm.leads.import.commit({
      filename: "sync.csv",
      content: csv("Name,Email", [`${tag} A,${tag}.a@example.com`, `${tag} B,not-an-email`, `${tag} C,${tag}.c@example.com`]),
      kind: "client",
    });
    if (result.status !== "completed") throw new Error("expected a synchronous import");
    expect(result).toMatchObject({ created: 2, errorCount: 1 });

    const page = await agent.crm.leads.imports.list({ limit: 50 });
    const listed = page.items.find((item) => item.id === result.importId);
    expect(listed).toMatchObject({
      filename: "sync.csv",
      status: "completed",
      totalRows: 3,
      processed: 3,
      created: 2,
      updated: 0,
      skipped: 0,
      errorCount: 1,
      undoneAt: null,
      uploadedBy: { id: org.users.agent.userId },
    });
    expect(listed!.finishedAt).toBeInstanceOf(Date);
    const detail = await agent.crm.leads.imports.get({ id: result.importId });
    expect(detail).toMatchObject({ owner: { id: org.users.agent.userId }, errors: [{ row: 3, message: expect.stringContaining("email") as unknown }] });
    expect(await db.leadImportChange.count({ where: { importId: result.importId, kind: "created" } })).toBe(2);
    expect(await db.auditLog.count({ where: { organizationId: org.organizationId, action: "crm.leads.import.commit", entityId: result.importId } })).toBe(1);
  });

  it("undoes an import: created leads to the trash, filled ones reverted unless changed since; a second undo is CONFLICT", async () => {
    const tag = `undo${uniqueSuffix()}`;
    const agent = callerFor(org.users.agent);
    const base = { organizationId: org.organizationId, ownerId: org.users.agent.userId, kind: "client" as const };
    const kept = await db.lead.create({ data: { ...base, name: `${tag} Kept`, email: `${tag}.kept@example.com`, tags: ["vip"] } });
    const edited = await db.lead.create({ data: { ...base, name: `${tag} Edited`, email: `${tag}.edited@example.com` } });

    const result = await agent.crm.leads.import.commit({
      filename: "undo.csv",
      content: csv("Name,Email,Company,Tags", [`${tag} Kept,${tag}.kept@example.com,Acme,imported`, `${tag} Edited,${tag}.edited@example.com,Globex,`, `${tag} New,${tag}.new@example.com,Initech,`]),
      kind: "client",
    });
    if (result.status !== "completed") throw new Error("expected a synchronous import");
    expect(result).toMatchObject({ created: 1, updated: 2 });
    const fresh = await db.lead.findFirstOrThrow({ where: { email: `${tag}.new@example.com` } });
    expect(await db.lead.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ company: "Acme", tags: ["vip", "imported"] });
    const changes = await db.leadImportChange.findMany({ where: { importId: result.importId }, orderBy: { kind: "asc" } });
    expect(changes.map(({ leadId, kind }) => ({ leadId, kind })).sort((a, b) => a.leadId.localeCompare(b.leadId))).toEqual(
      [
        { leadId: fresh.id, kind: "created" },
        { leadId: kept.id, kind: "updated" },
        { leadId: edited.id, kind: "updated" },
      ].sort((a, b) => a.leadId.localeCompare(b.leadId)),
    );
    expect(changes.find((change) => change.leadId === kept.id)!.previous).toEqual({ company: null, tags: ["vip"] });

    // Someone works on one of the filled leads after the import: undo leaves it alone.
    await agent.crm.leads.update({ id: edited.id, city: "Austin" });

    const undone = await agent.crm.leads.imports.undo({ id: result.importId });
    expect(undone).toMatchObject({ trashed: 1, reverted: 1, alreadyTrashed: 0, skippedCount: 1, skipped: [{ leadId: edited.id, reason: "changed after the import" }] });
    expect(await db.lead.findUniqueOrThrow({ where: { id: fresh.id } })).toMatchObject({ deletedAt: expect.any(Date) as unknown, deletedById: org.users.agent.userId });
    expect(await db.lead.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ company: null, tags: ["vip"], deletedAt: null });
    expect(await db.lead.findUniqueOrThrow({ where: { id: edited.id } })).toMatchObject({ company: "Globex", city: "Austin" });
    await expect(agent.crm.leads.get({ id: fresh.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: org.organizationId, action: "crm.leads.imports.undo", entityId: result.importId } });
    expect(audit).toMatchObject({ entityType: "lead_import", changes: { outcome: { trashed: 1, reverted: 1, skipped: 1 } } });

    const listed = (await agent.crm.leads.imports.list({ limit: 50 })).items.find((item) => item.id === result.importId);
    expect(listed).toMatchObject({ undoneAt: expect.any(Date) as unknown, undoneBy: { id: org.users.agent.userId } });
    await expect(agent.crm.leads.imports.undo({ id: result.importId })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already been undone") as unknown });

    // The trashed lead comes back from the trash like any deleted lead.
    await callerFor(org.users.manager).crm.trash.restore({ entityType: "lead", id: fresh.id });
    expect(await agent.crm.leads.get({ id: fresh.id })).toMatchObject({ name: `${tag} New` });
  });

  it("owns new leads by the chosen owner, or by an owner column matched by email; an unknown or unassignable email rejects its row", async () => {
    const tag = `own${uniqueSuffix()}`;
    const otherTeamAgent = await addUser(org, "agent");
    const manager = callerFor(org.users.manager);

    // A manager picks an agent of their team as the owner.
    const chosen = await manager.crm.leads.import.commit({ filename: "chosen.csv", content: csv("Name,Email", [`${tag} Chosen,${tag}.chosen@example.com`]), kind: "client", ownerId: org.users.agent.userId });
    expect(chosen).toMatchObject({ status: "completed", created: 1 });
    expect(await db.lead.findFirstOrThrow({ where: { email: `${tag}.chosen@example.com` } })).toMatchObject({ ownerId: org.users.agent.userId });
    await expect(
      manager.crm.leads.import.commit({ filename: "x.csv", content: csv("Name,Email", [`${tag} X,${tag}.x@example.com`]), kind: "client", ownerId: otherTeamAgent.userId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    // The owner column, by email: the manager's team member, an unknown address, another team's agent.
    const content = csv("Name,Email,Owner", [
      `${tag} One,${tag}.one@example.com,${org.users.agent.email.toUpperCase()}`,
      `${tag} Two,${tag}.two@example.com,nobody-${tag}@example.com`,
      `${tag} Three,${tag}.three@example.com,${otherTeamAgent.email}`,
      `${tag} Four,${tag}.four@example.com,`,
    ]);
    const preview = await manager.crm.leads.import.preview({ filename: "owners.csv", content, kind: "client" });
    expect(preview.mapping).toMatchObject({ Owner: "owner" });
    const result = await manager.crm.leads.import.commit({ filename: "owners.csv", content, kind: "client", mapping: preview.mapping });
    expect(result).toMatchObject({
      status: "completed",
      created: 2,
      errorCount: 2,
      errors: [
        { row: 3, message: expect.stringContaining(`owner: no active user has the email nobody-${tag}@example.com`) as unknown },
        { row: 4, message: expect.stringMatching(/^owner: .* cannot be given leads by you/) as unknown },
      ],
    });
    expect(await db.lead.findFirstOrThrow({ where: { email: `${tag}.one@example.com` } })).toMatchObject({ ownerId: org.users.agent.userId });
    // Without an owner in the row, the import's owner (the importer by default).
    expect(await db.lead.findFirstOrThrow({ where: { email: `${tag}.four@example.com` } })).toMatchObject({ ownerId: org.users.manager.userId });

    // An admin may name anyone active; a deactivated user is refused like an unknown one.
    await db.user.update({ where: { id: otherTeamAgent.userId }, data: { status: "deactivated" } });
    const admin = await callerFor(org.users.admin).crm.leads.import.commit({
      filename: "admin.csv",
      content: csv("Name,Email,Owner", [`${tag} Five,${tag}.five@example.com,${org.users.manager.email}`, `${tag} Six,${tag}.six@example.com,${otherTeamAgent.email}`]),
      kind: "client",
      mapping: { Name: "name", Email: "email", Owner: "owner" },
    });
    expect(admin).toMatchObject({ created: 1, errors: [{ row: 3, message: expect.stringContaining("no active user") as unknown }] });
    expect(await db.lead.findFirstOrThrow({ where: { email: `${tag}.five@example.com` } })).toMatchObject({ ownerId: org.users.manager.userId });
  });

  it("records a queued import's changes in the worker's chunks (with the owner column) and undoes it; a running import cannot be undone", async () => {
    const tag = `queued${uniqueSuffix()}`;
    const existing = await db.lead.create({ data: { organizationId: org.organizationId, ownerId: org.users.agent.userId, kind: "client", name: `${tag} Existing`, email: `${tag}.0@example.com` } });
    const rows = Array.from({ length: 60 }, (_, index) => `${tag} ${index},${tag}.${index}@example.com,Co ${index},${index === 5 ? "nobody@example.com" : org.users.agent.email}`);
    const manager = callerFor(org.users.manager);
    const queued = await manager.crm.leads.import.commit({ filename: "big.csv", content: csv("Name,Email,Company,Owner", rows), kind: "client", mapping: { Name: "name", Email: "email", Company: "company", Owner: "owner" } });
    if (queued.status !== "queued") throw new Error("expected a queued import");

    await expect(manager.crm.leads.imports.undo({ id: queued.importId })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("still queued") as unknown });
    expect((await manager.crm.leads.imports.list({ limit: 50, status: "queued" })).items.map((item) => item.id)).toContain(queued.importId);

    expect(await applyQueuedLeadImport(org.organizationId, queued.importId, 25)).toMatchObject({ status: "completed", created: 58, updated: 1, errorCount: 1 });
    expect(await db.leadImportChange.count({ where: { importId: queued.importId, kind: "created" } })).toBe(58);
    expect(await db.leadImportChange.findFirst({ where: { importId: queued.importId, kind: "updated" } })).toMatchObject({ leadId: existing.id, previous: { company: null } });
    const created = await db.lead.findMany({ where: { organizationId: org.organizationId, name: { startsWith: tag }, id: { not: existing.id } } });
    expect(created.every((lead) => lead.ownerId === org.users.agent.userId)).toBe(true);
    expect((await manager.crm.leads.imports.get({ id: queued.importId })).errors).toEqual([{ row: 7, message: expect.stringContaining("owner:") as unknown }]);

    const undone = await manager.crm.leads.imports.undo({ id: queued.importId });
    expect(undone).toMatchObject({ trashed: 58, reverted: 1, skippedCount: 0 });
    expect(await db.lead.count({ where: { organizationId: org.organizationId, name: { startsWith: tag }, deletedAt: null } })).toBe(1);
    expect(await db.lead.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ company: null, deletedAt: null });
  });

  it("lets the importer, their manager and admins see and undo an import; no one else", async () => {
    const tag = `who${uniqueSuffix()}`;
    const result = await callerFor(org.users.agent).crm.leads.import.commit({ filename: "who.csv", content: csv("Name,Email", [`${tag},${tag}@example.com`]), kind: "client" });
    if (result.status !== "completed") throw new Error("expected a synchronous import");
    const otherAgent = await addUser(org, "agent");
    const otherManager = await addUser(org, "manager");
    const other = await createTestOrganization();

    for (const outsider of [otherAgent, otherManager, other.users.admin]) {
      expect((await callerFor(outsider).crm.leads.imports.list({ limit: 50 })).items.map((item) => item.id)).not.toContain(result.importId);
      await expect(callerFor(outsider).crm.leads.imports.get({ id: result.importId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(callerFor(outsider).crm.leads.imports.undo({ id: result.importId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    for (const role of ["viewer", "compliance"] as const) {
      await expect(callerFor(org.users[role]).crm.leads.imports.list({ limit: 50 })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(callerFor(org.users[role]).crm.leads.imports.undo({ id: result.importId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await callerFor(org.users.manager).crm.leads.imports.list({ limit: 50 })).items.map((item) => item.id)).toContain(result.importId);
    expect((await callerFor(org.users.admin).crm.leads.imports.list({ limit: 50 })).items.map((item) => item.id)).toContain(result.importId);
    await expect(callerFor(org.users.agent).crm.leads.imports.get({ id: "not-a-uuid" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerFor(org.users.manager).crm.leads.imports.undo({ id: result.importId })).resolves.toMatchObject({ trashed: 1 });
  });

  it("pages the history newest first by keyset", async () => {
    const own = await addUser(org, "agent");
    const caller = callerFor(own);
    for (const name of ["first.csv", "second.csv", "third.csv"]) {
      await caller.crm.leads.import.commit({ filename: name, content: csv("Name,Email", [`${name} ${uniqueSuffix()},${uniqueSuffix()}@example.com`]), kind: "client" });
    }
    const first = await caller.crm.leads.imports.list({ limit: 2 });
    expect(first).toMatchObject({ total: 3, totalCapped: false });
    expect(first.items.map((item) => item.filename)).toEqual(["third.csv", "second.csv"]);
    const second = await caller.crm.leads.imports.list({ limit: 2, cursor: first.nextCursor! });
    expect(second).toMatchObject({ total: null, nextCursor: null });
    expect(second.items.map((item) => item.filename)).toEqual(["first.csv"]);
  });
});
