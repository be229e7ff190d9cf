import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { callerFor, createTestOrganization } from "../../testing";
import { fieldErrorsOf } from "../../testing/pipeline-fixtures";

describe("crm.dnc", () => {
  it("adds entries in their normalized form: email lower-cased, phone as digits with country code", async () => {
    const org = await createTestOrganization();
    const compliance = callerFor(org.users.compliance);
    const email = await compliance.crm.dnc.add({ channel: "email", value: "  Opt.Out@Example.COM ", reason: "Asked by email" });
    expect(email).toMatchObject({ channel: "email", value: "opt.out@example.com", reason: "Asked by email", addedBy: { id: org.users.compliance.userId } });
    const phone = await compliance.crm.dnc.add({ channel: "phone", value: "(555) 010-2233" });
    expect(phone).toMatchObject({ channel: "phone", value: "15550102233", reason: null });
  });

  it("answers CONFLICT for a value already listed in any format, and a field error for an unreadable one", async () => {
    const org = await createTestOrganization();
    const manager = callerFor(org.users.manager);
    await manager.crm.dnc.add({ channel: "phone", value: "555-010-2233" });
    const duplicate = await manager.crm.dnc.add({ channel: "phone", value: "+1 (555) 010 2233" }).catch((error: unknown) => error);
    expect(duplicate).toMatchObject({ code: "CONFLICT" });
    expect(fieldErrorsOf(duplicate)).toHaveProperty("value");
    const unreadable = await manager.crm.dnc.add({ channel: "phone", value: "12-34" }).catch((error: unknown) => error);
    expect(unreadable).toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf(unreadable)).toHaveProperty("value");
    await expect(manager.crm.dnc.add({ channel: "email", value: "not-an-email" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("lists the organization's entries newest first, searchable and filtered by channel, in pages", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization("Other");
    const admin = callerFor(org.users.admin);
    await admin.crm.dnc.add({ channel: "email", value: "first@example.com", reason: "Complaint" });
    await admin.crm.dnc.add({ channel: "phone", value: "5550001111" });
    await admin.crm.dnc.add({ channel: "email", value: "third@example.com" });
    await callerFor(other.users.admin).crm.dnc.add({ channel: "email", value: "elsewhere@example.com" });

    const agent = callerFor(org.users.agent);
    const page = await agent.crm.dnc.list({ limit: 2 });
    expect(page.total).toBe(3);
    expect(page.items.map((entry) => entry.value)).toEqual(["third@example.com", "15550001111"]);
    const rest = await agent.crm.dnc.list({ limit: 2, cursor: page.nextCursor! });
    expect(rest.items.map((entry) => entry.value)).toEqual(["first@example.com"]);
    expect(rest.nextCursor).toBeNull();

    expect((await agent.crm.dnc.list({ channel: "phone" })).items.map((entry) => entry.value)).toEqual(["15550001111"]);
    expect((await agent.crm.dnc.list({ search: "(555) 000" })).items.map((entry) => entry.value)).toEqual(["15550001111"]);
    expect((await agent.crm.dnc.list({ search: "FIRST" })).items.map((entry) => entry.value)).toEqual(["first@example.com"]);
    expect((await agent.crm.dnc.list({ search: "complaint" })).items.map((entry) => entry.value)).toEqual(["first@example.com"]);
    await expect(callerFor(org.users.viewer).crm.dnc.list({})).resolves.toMatchObject({ total: 3 });
  });

  it("removes an entry; another organization's entry is NOT_FOUND", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization("Other");
    const entry = await callerFor(org.users.admin).crm.dnc.add({ channel: "email", value: "gone@example.com" });
    await expect(callerFor(other.users.admin).crm.dnc.remove({ id: entry.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Compliance adds to the list but never lifts a block; a manager or an admin may, audited.
    await expect(callerFor(org.users.compliance).crm.dnc.remove({ id: entry.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(org.users.manager).crm.dnc.remove({ id: entry.id })).resolves.toMatchObject({ id: entry.id });
    expect(await db.dncEntry.count({ where: { id: entry.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: org.organizationId, action: "crm.dnc.remove", entityId: entry.id } });
    expect(audit).toMatchObject({ actorId: org.users.manager.userId, entityType: "dnc_entry" });
  });

  it.each(["agent", "viewer"] as const)("does not let a %s change the list", async (role) => {
    const org = await createTestOrganization();
    const entry = await callerFor(org.users.admin).crm.dnc.add({ channel: "email", value: "kept@example.com" });
    await expect(callerFor(org.users[role]).crm.dnc.add({ channel: "email", value: "x@example.com" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(org.users[role]).crm.dnc.remove({ id: entry.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("audits additions", async () => {
    const org = await createTestOrganization();
    const entry = await callerFor(org.users.admin).crm.dnc.add({ channel: "email", value: "audited@example.com" });
    expect(await db.auditLog.findFirst({ where: { organizationId: org.organizationId, action: "crm.dnc.add" } })).toMatchObject({
      entityType: "dnc_entry",
      entityId: entry.id,
    });
  });
});
