import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { callerFor, createTestOrganization, openSessionFor, seedRenewingPolicy } from "../../testing";
import { addUser, fieldErrorsOf } from "../../testing/pipeline-fixtures";

// admin.users.deactivate with transferTo: the leaving producer's open book moves to a colleague in
// the deactivation's one transaction, audited once, and the receiver is told.
describe("admin.users.deactivate with a book transfer", () => {
  it("hands open leads, contacts with their policies, open deals, unfinished tasks and open renewal cases to the receiver", async () => {
    const org = await createTestOrganization("Transfer Agency");
    const { organizationId } = org;
    const leaving = await addUser(org, "agent", { sameTeam: true });
    const receiver = org.users.agent;
    const openLead = await db.lead.create({ data: { organizationId, ownerId: leaving.userId, name: "Open Lead", status: "qualified" } });
    const wonLead = await db.lead.create({ data: { organizationId, ownerId: leaving.userId, name: "Won Lead", status: "won" } });
    const renewing = await seedRenewingPolicy(organizationId, leaving.userId);
    const openDeal = await db.opportunity.create({ data: { organizationId, ownerId: leaving.userId, contactId: renewing.contactId, title: "Open Deal" } });
    const lostDeal = await db.opportunity.create({ data: { organizationId, ownerId: leaving.userId, title: "Lost Deal", stage: "closed_lost" } });
    const openTask = await db.task.create({ data: { organizationId, assigneeId: leaving.userId, createdById: leaving.userId, title: "Follow up" } });
    const doneTask = await db.task.create({ data: { organizationId, assigneeId: leaving.userId, createdById: leaving.userId, title: "Done", status: "completed" } });
    const trashed = await db.lead.create({ data: { organizationId, ownerId: leaving.userId, name: "Trashed Lead", deletedAt: new Date() } });
    await callerFor(org.users.admin).renewals.cases.openDue();
    const renewalCase = await db.renewalCase.findFirstOrThrow({ where: { policyId: renewing.policyId } });
    expect(renewalCase.assigneeId).toBe(leaving.userId);
    await openSessionFor(leaving);

    const result = await callerFor(org.users.admin).admin.users.deactivate({ id: leaving.userId, transferTo: receiver.userId });
    expect(result).toMatchObject({ status: "deactivated", transferred: { leads: 1, contacts: 1, opportunities: 1, tasks: 1, renewalCases: 1 } });

    const ownerOf = async (model: "lead" | "opportunity", id: string) => ((await (db[model] as typeof db.lead).findUniqueOrThrow({ where: { id } })).ownerId);
    expect(await ownerOf("lead", openLead.id)).toBe(receiver.userId);
    expect(await ownerOf("lead", wonLead.id)).toBe(leaving.userId);
    expect(await ownerOf("lead", trashed.id)).toBe(leaving.userId);
    expect(await ownerOf("opportunity", openDeal.id)).toBe(receiver.userId);
    expect(await ownerOf("opportunity", lostDeal.id)).toBe(leaving.userId);
    expect((await db.contact.findUniqueOrThrow({ where: { id: renewing.contactId } })).ownerId).toBe(receiver.userId);
    expect((await db.policy.findUniqueOrThrow({ where: { id: renewing.policyId } })).ownerId).toBe(receiver.userId);
    expect((await db.task.findUniqueOrThrow({ where: { id: openTask.id } })).assigneeId).toBe(receiver.userId);
    expect((await db.task.findUniqueOrThrow({ where: { id: doneTask.id } })).assigneeId).toBe(leaving.userId);
    expect((await db.renewalCase.findUniqueOrThrow({ where: { id: renewalCase.id } })).assigneeId).toBe(receiver.userId);
    expect(await db.renewalCaseEvent.count({ where: { caseId: renewalCase.id, type: "assigned" } })).toBe(1);
    expect(await db.activity.count({ where: { leadId: openLead.id, title: { contains: "book of" } } })).toBe(1);

    // The receiver sees the moved records through their own scope, showing them as owner.
    const visible = await callerFor(receiver).crm.leads.list({ limit: 50 });
    expect(visible.items.find((lead) => lead.id === openLead.id)?.owner?.id).toBe(receiver.userId);

    const notification = await db.notification.findFirstOrThrow({ where: { userId: receiver.userId, type: "book_transferred" } });
    expect(notification.title).toBe("1 lead, 1 contact, 1 deal, 1 task assigned to you");
    expect(notification.message).toContain("1 open renewal case");
    const audits = await db.auditLog.findMany({ where: { organizationId, action: "admin.users.deactivate" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ entityType: "user", entityId: leaving.userId });
    expect(await db.authSession.count({ where: { userId: leaving.userId, revokedAt: null } })).toBe(0);
  });

  it("refuses the leaving user or an inactive colleague as receiver, naming transferTo, and changes nothing", async () => {
    const org = await createTestOrganization("Refused Transfer");
    const admin = callerFor(org.users.admin);
    const lead = await db.lead.create({ data: { organizationId: org.organizationId, ownerId: org.users.agent.userId, name: "Stays" } });
    const self = admin.admin.users.deactivate({ id: org.users.agent.userId, transferTo: org.users.agent.userId });
    await expect(self).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf(await self.catch((error: unknown) => error))).toHaveProperty("transferTo");
    await admin.admin.users.deactivate({ id: org.users.viewer.userId });
    const inactive = admin.admin.users.deactivate({ id: org.users.agent.userId, transferTo: org.users.viewer.userId });
    await expect(inactive).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf(await inactive.catch((error: unknown) => error))).toHaveProperty("transferTo");
    expect(await db.user.findUniqueOrThrow({ where: { id: org.users.agent.userId } })).toMatchObject({ status: "active" });
    expect((await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).ownerId).toBe(org.users.agent.userId);
  });

  it("deactivates without a transfer, leaving the book where it was, and refuses managers", async () => {
    const org = await createTestOrganization("Plain Deactivation");
    await expect(callerFor(org.users.manager).admin.users.deactivate({ id: org.users.agent.userId, transferTo: org.users.manager.userId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const lead = await db.lead.create({ data: { organizationId: org.organizationId, ownerId: org.users.agent.userId, name: "Left Behind" } });
    expect(await callerFor(org.users.admin).admin.users.deactivate({ id: org.users.agent.userId })).toMatchObject({ status: "deactivated", transferred: null });
    expect((await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).ownerId).toBe(org.users.agent.userId);
  });
});
