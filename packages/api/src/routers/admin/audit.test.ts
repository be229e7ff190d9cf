import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { callerFor, createTestOrganization } from "../../testing";

describe("admin.audit.list", () => {
  it("pages the organization's audit log newest first, filtered by actor type, actor, entity, action and date", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization("Other Agency");
    const scriptKey = { ...org.users.agent, via: "api_key" as const, apiKeyId: "7f1b2c3d-0000-4000-8000-000000000002" };
    const first = await callerFor(org.users.agent).crm.contacts.create({ name: "Audit One" });
    const second = await callerFor(scriptKey).crm.contacts.create({ name: "Audit Two" });
    await callerFor(org.users.manager).crm.contacts.delete({ id: first.id });
    await callerFor(other.users.agent).crm.contacts.create({ name: "Elsewhere" });

    const compliance = callerFor(org.users.compliance);
    const page = await compliance.admin.audit.list({ limit: 2 });
    expect(page.items.map((entry) => entry.action)).toEqual(["crm.contacts.delete", "crm.contacts.create"]);
    expect(page.total).toBe(3);
    const rest = await compliance.admin.audit.list({ limit: 2, cursor: page.nextCursor! });
    expect(rest.items.map((entry) => entry.entityId)).toEqual([first.id]);
    expect(rest.nextCursor).toBeNull();

    const byKey = await compliance.admin.audit.list({ actorType: "api_key" });
    expect(byKey.items).toEqual([expect.objectContaining({ entityId: second.id, apiKeyId: scriptKey.apiKeyId, actor: { id: org.users.agent.userId, name: org.users.agent.name } })]);
    expect((await compliance.admin.audit.list({ actorId: org.users.manager.userId })).items.map((entry) => entry.action)).toEqual(["crm.contacts.delete"]);
    expect((await compliance.admin.audit.list({ entityType: "contact", entityId: first.id })).total).toBe(2);
    expect((await compliance.admin.audit.list({ action: "crm.contacts.del" })).total).toBe(1);
    expect((await compliance.admin.audit.list({ from: new Date(Date.now() + 60_000) })).items).toEqual([]);
  });

  it("is FORBIDDEN to managers, agents and viewers", async () => {
    const org = await createTestOrganization();
    for (const role of ["manager", "agent", "viewer"] as const) {
      await expect(callerFor(org.users[role]).admin.audit.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("admin.audit.export", () => {
  it("writes the filtered log as CSV, newest first, and records the export itself", async () => {
    const org = await createTestOrganization();
    const scriptKey = { ...org.users.agent, via: "api_key" as const, apiKeyId: "7f1b2c3d-0000-4000-8000-000000000003" };
    const byHand = await callerFor(org.users.agent).crm.contacts.create({ name: "By Hand" });
    const byScript = await callerFor(scriptKey).crm.contacts.create({ name: "By Script" });
    await callerFor(org.users.manager).crm.contacts.delete({ id: byHand.id });

    const admin = callerFor(org.users.admin);
    const all = await admin.admin.audit.export({ entityType: "contact" });
    expect(all).toMatchObject({ rowCount: 3, truncated: false });
    expect(all.filename).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows: string[][] = parse(all.csv);
    expect(rows[0]).toEqual(["When", "Actor type", "Actor", "Actor id", "API key id", "Action", "Entity", "Entity id", "Changes"]);
    expect(rows.slice(1).map((row) => [row[1], row[5], row[7]])).toEqual([
      ["user", "crm.contacts.delete", byHand.id],
      ["api_key", "crm.contacts.create", byScript.id],
      ["user", "crm.contacts.create", byHand.id],
    ]);
    expect(rows[2]![4]).toBe(scriptKey.apiKeyId);
    expect(JSON.parse(rows[3]![8]!)).toMatchObject({ name: "By Hand" });

    const onlyKeys = await admin.admin.audit.export({ actorType: "api_key" });
    expect(onlyKeys.rowCount).toBe(1);

    const exports = await admin.admin.audit.list({ action: "admin.audit.export" });
    expect(exports.items).toHaveLength(2);
    expect(exports.items[0]).toMatchObject({ entityType: "audit_log", actor: { id: org.users.admin.userId } });
  });

  it("is open to compliance and FORBIDDEN to managers, agents and viewers", async () => {
    const org = await createTestOrganization();
    await expect(callerFor(org.users.compliance).admin.audit.export({})).resolves.toMatchObject({ truncated: false });
    for (const role of ["manager", "agent", "viewer"] as const) {
      await expect(callerFor(org.users[role]).admin.audit.export({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
