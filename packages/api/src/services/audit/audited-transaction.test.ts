import { db } from "@harbor/db";
import { afterEach, describe, expect, it } from "vitest";
import { systemActor } from "../../access/actor";
import { callerFor, createTestOrganization, seedRenewingPolicy, uniqueSuffix, useTestOrganization } from "../../testing";
import { openDueCases } from "../renewals/cases";

/** Makes every insert into audit_logs fail, the way a full disk or a dropped connection would. */
async function refuseAuditRows() {
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit refused for the test'; END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_logs FOR EACH ROW EXECUTE FUNCTION refuse_audit()`);
}

describe("audit rows", () => {
  const org = useTestOrganization();

  afterEach(async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_audit ON audit_logs`);
  });

  it("are written in the change's transaction: when the row cannot be written, the change does not happen", async () => {
    const lead = await callerFor(org.users.agent).crm.leads.create({ kind: "client", name: "Audrey Atomic", email: `atomic.${uniqueSuffix()}@example.com` });
    await refuseAuditRows();
    await expect(callerFor(org.users.manager).crm.leads.delete({ id: lead.id })).rejects.toThrow();
    await db.$executeRawUnsafe(`DROP TRIGGER refuse_audit ON audit_logs`);
    expect(await db.lead.findUniqueOrThrow({ where: { id: lead.id }, select: { deletedAt: true } })).toEqual({ deletedAt: null });

    // Retried once the log is writable: one change, one row.
    await callerFor(org.users.manager).crm.leads.delete({ id: lead.id });
    const rows = await db.auditLog.findMany({ where: { organizationId: org.organizationId, action: "crm.leads.delete", entityId: lead.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: org.users.manager.userId, actorType: "user", entityType: "lead" });
  });

  it("commit with API key creates and revokes, ticket creates and manual job runs, or neither does", async () => {
    const agent = callerFor(org.users.agent);
    const admin = callerFor(org.users.admin);
    const subject = `Atomic ticket ${uniqueSuffix()}`;
    const kept = await agent.settings.apiKeys.create({ name: "Kept key" });
    await refuseAuditRows();
    await expect(agent.settings.apiKeys.create({ name: "Refused key" })).rejects.toThrow();
    await expect(agent.settings.apiKeys.revoke({ id: kept.id })).rejects.toThrow();
    await expect(agent.crm.tickets.create({ subject, body: "Hello" })).rejects.toThrow();
    const runsBefore = await db.jobRun.count({ where: { organizationId: org.organizationId } });
    await expect(admin.settings.jobs.run({ job: "task-due-reminders" })).rejects.toThrow();
    await db.$executeRawUnsafe(`DROP TRIGGER refuse_audit ON audit_logs`);

    expect(await db.apiKey.count({ where: { organizationId: org.organizationId, name: "Refused key" } })).toBe(0);
    expect(await db.apiKey.findUniqueOrThrow({ where: { id: kept.id }, select: { revokedAt: true } })).toEqual({ revokedAt: null });
    expect(await db.ticket.count({ where: { organizationId: org.organizationId, subject } })).toBe(0);
    expect(await db.jobRun.count({ where: { organizationId: org.organizationId } })).toBe(runsBefore);

    // Once the log is writable: one change, one row each, naming what changed.
    const key = await agent.settings.apiKeys.create({ name: "Second try" });
    await agent.settings.apiKeys.revoke({ id: key.id });
    const ticket = await agent.crm.tickets.create({ subject, body: "Hello" });
    const run = await admin.settings.jobs.run({ job: "task-due-reminders" });
    const rows = await db.auditLog.findMany({
      where: { organizationId: org.organizationId, action: { in: ["settings.apiKeys.create", "settings.apiKeys.revoke", "crm.tickets.create", "settings.jobs.run"] } },
      select: { action: true, entityId: true },
    });
    expect(rows).toEqual(
      expect.arrayContaining([
        { action: "settings.apiKeys.create", entityId: key.id },
        { action: "settings.apiKeys.revoke", entityId: key.id },
        { action: "crm.tickets.create", entityId: ticket.id },
        { action: "settings.jobs.run", entityId: run.id },
      ]),
    );
    expect(rows.filter((row) => row.action !== "settings.apiKeys.create")).toHaveLength(3);
  });

  it("commit with a renewal case's escalation, or neither does", async () => {
    await seedRenewingPolicy(org.organizationId, org.users.agent.userId, { renewsInDays: 10 });
    await openDueCases({ actor: systemActor(org.organizationId, "test") });
    const renewalCase = await db.renewalCase.findFirstOrThrow({ where: { organizationId: org.organizationId }, select: { id: true } });
    const agent = callerFor(org.users.agent);
    await refuseAuditRows();
    await expect(agent.renewals.cases.escalate({ id: renewalCase.id, toUserId: org.users.manager.userId, reason: "Refused" })).rejects.toThrow();
    await db.$executeRawUnsafe(`DROP TRIGGER refuse_audit ON audit_logs`);
    expect(await db.renewalCase.findUniqueOrThrow({ where: { id: renewalCase.id }, select: { escalatedToId: true } })).toEqual({ escalatedToId: null });

    await agent.renewals.cases.escalate({ id: renewalCase.id, toUserId: org.users.manager.userId, reason: "Client threatens to leave" });
    const rows = await db.auditLog.findMany({ where: { organizationId: org.organizationId, action: "renewals.cases.escalate" }, select: { entityId: true } });
    expect(rows).toEqual([{ entityId: renewalCase.id }]);
  });

  it("record a create's new id and an API key's id", async () => {
    const key = { ...org.users.agent, via: "api_key" as const, apiKeyId: "7f1b2c3d-0000-4000-8000-000000000001" };
    const contact = await callerFor(key).crm.contacts.create({ name: "Keyed Contact" });
    const row = await db.auditLog.findFirstOrThrow({ where: { organizationId: org.organizationId, action: "crm.contacts.create" } });
    expect(row).toMatchObject({ entityType: "contact", entityId: contact.id, actorType: "api_key", actorId: org.users.agent.userId, apiKeyId: key.apiKeyId });
  });

  it("cannot be updated or deleted by the application", async () => {
    await callerFor(org.users.agent).crm.contacts.create({ name: "Immutable Trail" });
    const row = await db.auditLog.findFirstOrThrow({ where: { organizationId: org.organizationId } });
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`UPDATE audit_logs SET changes = NULL WHERE id = ${row.id}::uuid`).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({ where: { organizationId: org.organizationId } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe("TRUNCATE audit_logs")).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  it("go with their organization when it is deleted, and keep their action when their user is", async () => {
    const doomed = await createTestOrganization("Closing Agency");
    await callerFor(doomed.users.agent).crm.contacts.create({ name: "Last Client" });
    const leaving = await db.auditLog.findFirstOrThrow({ where: { organizationId: doomed.organizationId, actorId: doomed.users.agent.userId } });
    // A renewal case, so the organization's delete cascades through renewal_cases' counter triggers too.
    await seedRenewingPolicy(doomed.organizationId, doomed.users.agent.userId, { renewsInDays: 10 });
    await openDueCases({ actor: systemActor(doomed.organizationId, "test") });
    await db.user.delete({ where: { id: doomed.users.agent.userId } });
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: leaving.id } })).toMatchObject({ actorId: null, action: leaving.action });
    await db.organization.delete({ where: { id: doomed.organizationId } });
    expect(await db.auditLog.count({ where: { organizationId: doomed.organizationId } })).toBe(0);
    expect(await db.renewalCaseDayStat.count({ where: { organizationId: doomed.organizationId } })).toBe(0);
  });
});
