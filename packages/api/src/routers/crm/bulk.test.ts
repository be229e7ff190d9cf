import { parse } from "csv-parse/sync";
import { db } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestOrganization, useTestOrganization } from "../../testing";
import { fieldErrorsOf, useAddedUser } from "../../testing/pipeline-fixtures";

// crm.bulk.*: one action over many records, by ids or by the list's filter, within the caller's
// scope (the rest counted as skipped), in one audited transaction.
describe("crm.bulk", () => {
  const org = useTestOrganization("Bulk Agency");
  const south = useAddedUser(org, "agent");
  let organizationId: string;

  beforeAll(async () => {
    organizationId = org.organizationId;
  });

  const rowsOf = (csv: string): string[][] => parse(csv);

  const leadsFor = async (ownerId: string, names: string[], extra: { tags?: string[]; status?: "new" | "qualified" } = {}) => {
    const rows = await Promise.all(names.map((name) => db.lead.create({ data: { organizationId, ownerId, name, email: `${name.replaceAll(" ", ".").toLowerCase()}-${Math.random().toString(36).slice(2)}@example.test`, ...extra }, select: { id: true } })));
    return rows.map((row) => row.id);
  };

  it("assigns a manager's team leads to an agent, skips what is outside the team, notes each move and notifies once", async () => {
    const team = await leadsFor(org.users.manager.userId, ["Team One", "Team Two"]);
    const [outside] = await leadsFor(south.userId, ["South Lead"]);
    const result = await callerFor(org.users.manager).crm.bulk.assign({ entity: "lead", selection: { ids: [...team, outside!] }, userId: org.users.agent.userId });
    expect(result).toEqual({ updated: 2, unchanged: 0, skipped: 1 });
    const owners = await db.lead.findMany({ where: { id: { in: [...team, outside!] } }, select: { id: true, ownerId: true } });
    expect(owners.filter((lead) => lead.ownerId === org.users.agent.userId).map((lead) => lead.id).sort()).toEqual([...team].sort());
    expect(owners.find((lead) => lead.id === outside)?.ownerId).toBe(south.userId);
    expect(await db.activity.count({ where: { leadId: { in: team }, type: "system", title: { startsWith: "Assigned to" } } })).toBe(2);
    const notifications = await db.notification.findMany({ where: { userId: org.users.agent.userId, type: "records_assigned" } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ title: "2 leads assigned to you", actionUrl: "/crm/leads" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId, action: "crm.bulk.assign" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ entityType: "lead", actorId: org.users.manager.userId });
    expect((audit.changes as { outcome: { ids: string[]; updated: number } }).outcome).toMatchObject({ updated: 2, skipped: 1 });
    expect((audit.changes as { outcome: { ids: string[] } }).outcome.ids.sort()).toEqual([...team].sort());
  });

  it("refuses an agent handing records to someone else, naming the field, and a viewer altogether", async () => {
    const mine = await leadsFor(org.users.agent.userId, ["Agent Keeps"]);
    const refused = callerFor(org.users.agent).crm.bulk.assign({ entity: "lead", selection: { ids: mine }, userId: south.userId });
    await expect(refused).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(fieldErrorsOf(await refused.catch((error: unknown) => error))).toHaveProperty("userId");
    await expect(callerFor(org.users.viewer).crm.bulk.assign({ entity: "lead", selection: { ids: mine }, userId: org.users.viewer.userId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const self = await callerFor(org.users.agent).crm.bulk.assign({ entity: "lead", selection: { ids: mine }, userId: org.users.agent.userId });
    expect(self).toEqual({ updated: 0, unchanged: 1, skipped: 0 });
  });

  it("selects every record the list's filter matches, in the caller's scope only", async () => {
    const other = await createTestOrganization("Filter Agency");
    const matching = await Promise.all(
      ["Filter A", "Filter B", "Filter C"].map((name) => db.contact.create({ data: { organizationId: other.organizationId, ownerId: other.users.agent.userId, name, tags: ["vip"] }, select: { id: true } })),
    );
    await db.contact.create({ data: { organizationId: other.organizationId, ownerId: other.users.agent.userId, name: "Not tagged" } });
    const result = await callerFor(other.users.admin).crm.bulk.assign({ entity: "contact", selection: { filter: { tag: "vip" } }, userId: other.users.manager.userId });
    expect(result).toEqual({ updated: 3, unchanged: 0, skipped: 0 });
    expect(await db.contact.count({ where: { id: { in: matching.map((row) => row.id) }, ownerId: other.users.manager.userId } })).toBe(3);
    expect(await db.contact.count({ where: { organizationId: other.organizationId, ownerId: other.users.agent.userId } })).toBe(1);
  });

  it("refuses a filter matching more than 5,000 records, and more than 5,000 ids", async () => {
    const big = await createTestOrganization("Big Agency");
    await db.lead.createMany({ data: Array.from({ length: 5_001 }, (_, index) => ({ organizationId: big.organizationId, ownerId: big.users.agent.userId, name: `Bulk ${index}`, phone: `555${index}` })) });
    const tooMany = callerFor(big.users.admin).crm.bulk.setStatus({ entity: "lead", selection: { filter: {} }, status: "contacted" });
    await expect(tooMany).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf(await tooMany.catch((error: unknown) => error))).toHaveProperty(["selection.filter"]);
    const ids = Array.from({ length: 5_001 }, () => crypto.randomUUID());
    const tooManyIds = callerFor(big.users.admin).crm.bulk.delete({ entity: "lead", selection: { ids } });
    await expect(tooManyIds).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(String(await tooManyIds.catch((error: unknown) => error))).toContain("at most 5000 records at once");
    expect(await db.lead.count({ where: { organizationId: big.organizationId, status: "contacted" } })).toBe(0);
  }, 60_000);

  it("sets lead statuses with their timeline entries, and counts a lead already there as unchanged", async () => {
    const ids = await leadsFor(org.users.agent.userId, ["Status One", "Status Two"]);
    const [qualified] = await leadsFor(org.users.agent.userId, ["Status Three"], { status: "qualified" });
    const result = await callerFor(org.users.agent).crm.bulk.setStatus({ entity: "lead", selection: { ids: [...ids, qualified!] }, status: "qualified" });
    expect(result).toEqual({ updated: 2, unchanged: 1, skipped: 0 });
    expect(await db.lead.count({ where: { id: { in: ids }, status: "qualified" } })).toBe(2);
    expect(await db.activity.count({ where: { leadId: { in: ids }, type: "status_change", title: "Status changed from new to qualified" } })).toBe(2);
  });

  it("moves deal stages with history, probability and a stage_change on the deal and its contact", async () => {
    const contact = await db.contact.create({ data: { organizationId, ownerId: org.users.agent.userId, name: "Deal Contact" } });
    const deals = await Promise.all(["Deal A", "Deal B"].map((title) => db.opportunity.create({ data: { organizationId, ownerId: org.users.agent.userId, contactId: contact.id, title, probability: 10 }, select: { id: true } })));
    const ids = deals.map((deal) => deal.id);
    expect(await callerFor(org.users.agent).crm.bulk.setStatus({ entity: "opportunity", selection: { ids }, status: "closed_won" })).toEqual({ updated: 2, unchanged: 0, skipped: 0 });
    const moved = await db.opportunity.findMany({ where: { id: { in: ids } }, select: { stage: true, probability: true, closedAt: true, probabilityConfidence: true } });
    for (const deal of moved) expect(deal).toMatchObject({ stage: "closed_won", probability: 100, closedAt: expect.any(Date) as unknown, probabilityConfidence: "high" });
    expect(await db.opportunityStageChange.count({ where: { opportunityId: { in: ids }, fromStage: "prospect", toStage: "closed_won" } })).toBe(2);
    expect(await db.activity.count({ where: { opportunityId: { in: ids }, contactId: contact.id, type: "stage_change" } })).toBe(2);
  });

  it("completes tasks and changes policy statuses", async () => {
    const task = await db.task.create({ data: { organizationId, assigneeId: org.users.agent.userId, createdById: org.users.agent.userId, title: "Call back" } });
    expect(await callerFor(org.users.agent).crm.bulk.setStatus({ entity: "task", selection: { ids: [task.id] }, status: "completed" })).toEqual({ updated: 1, unchanged: 0, skipped: 0 });
    expect(await db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: "completed", completedAt: expect.any(Date) as unknown });
    const contact = await db.contact.create({ data: { organizationId, ownerId: org.users.agent.userId, name: "Policy Holder" } });
    const policy = await db.policy.create({ data: { organizationId, contactId: contact.id, ownerId: org.users.agent.userId, policyNumber: `BULK-${Date.now()}`, type: "auto", carrier: "Acme", premium: 100, startDate: new Date("2026-01-01"), endDate: new Date("2027-01-01") } });
    const southsPolicy = await callerFor(south).crm.bulk.setStatus({ entity: "policy", selection: { ids: [policy.id] }, status: "cancelled" });
    expect(southsPolicy).toEqual({ updated: 0, unchanged: 0, skipped: 1 });
    expect(await callerFor(org.users.agent).crm.bulk.setStatus({ entity: "policy", selection: { ids: [policy.id] }, status: "cancelled" })).toEqual({ updated: 1, unchanged: 0, skipped: 0 });
  });

  it("adds and removes tags keeping their order, and never removes the do-not-contact tag", async () => {
    const [first] = await leadsFor(org.users.agent.userId, ["Tag One"], { tags: ["warm", "old"] });
    const [second] = await leadsFor(org.users.agent.userId, ["Tag Two"], { tags: ["warm", "vip"] });
    const result = await callerFor(org.users.agent).crm.bulk.tag({ entity: "lead", selection: { ids: [first!, second!] }, add: ["vip"], remove: ["old"] });
    expect(result).toEqual({ updated: 1, unchanged: 1, skipped: 0 });
    expect((await db.lead.findUniqueOrThrow({ where: { id: first! } })).tags).toEqual(["warm", "vip"]);
    expect((await db.lead.findUniqueOrThrow({ where: { id: second! } })).tags).toEqual(["warm", "vip"]);
    const dnc = callerFor(org.users.agent).crm.bulk.tag({ entity: "lead", selection: { ids: [first!] }, remove: ["dnc"] });
    await expect(dnc).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf(await dnc.catch((error: unknown) => error))).toHaveProperty("remove");
    await expect(callerFor(org.users.agent).crm.bulk.tag({ entity: "lead", selection: { ids: [first!] } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("moves selected records to the trash, from where each is restored; agents may not delete", async () => {
    const ids = await leadsFor(org.users.manager.userId, ["Trash One", "Trash Two"]);
    await expect(callerFor(org.users.agent).crm.bulk.delete({ entity: "lead", selection: { ids } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await callerFor(org.users.manager).crm.bulk.delete({ entity: "lead", selection: { ids } })).toEqual({ updated: 2, unchanged: 0, skipped: 0 });
    const trash = await callerFor(org.users.manager).crm.trash.list({ entityType: "lead", limit: 50 });
    expect(trash.items.map((item) => item.id)).toEqual(expect.arrayContaining(ids));
    await callerFor(org.users.manager).crm.trash.restore({ entityType: "lead", id: ids[0]! });
    expect(await db.lead.count({ where: { id: { in: ids }, deletedAt: null } })).toBe(1);
    expect(await callerFor(org.users.manager).crm.bulk.delete({ entity: "lead", selection: { ids } })).toEqual({ updated: 1, unchanged: 0, skipped: 1 });
  });

  it("exports only the selected rows the caller may see, formula cells neutralized", async () => {
    const [formula, plain] = await leadsFor(org.users.agent.userId, ["=HYPERLINK(1)", "Export Plain"]);
    await leadsFor(org.users.agent.userId, ["Not Selected"]);
    const [southLead] = await leadsFor(south.userId, ["South Export"]);
    const exported = await callerFor(org.users.agent).crm.bulk.export({ entity: "lead", selection: { ids: [formula!, plain!, southLead!], filter: {} } });
    expect(exported).toMatchObject({ rowCount: 2, truncated: false });
    const names = rowsOf(exported.csv).slice(1).map((row) => row[0]).sort();
    expect(names).toEqual(["'=HYPERLINK(1)", "Export Plain"]);
    const byFilter = await callerFor(org.users.agent).crm.bulk.export({ entity: "lead", selection: { filter: { search: "Export Plain" } } });
    expect(rowsOf(byFilter.csv).slice(1).map((row) => row[0])).toEqual(["Export Plain"]);
    expect(await db.auditLog.count({ where: { organizationId, action: "crm.bulk.export" } })).toBe(2);
  });
});
