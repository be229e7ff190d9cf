import { db } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../access/actor";
import { openDueCases, takeCaseNumbers } from "../../services/renewals/cases";
import { callerFor, createTestOrganization, seedRenewingPolicy, useTestOrganization } from "../../testing";
import { useAddedUser } from "../../testing/pipeline-fixtures";

const DAY = 24 * 60 * 60 * 1000;

describe("renewals.cases", () => {
  const org = useTestOrganization();
  const southAgent = useAddedUser(org, "agent");
  let agentPolicy: Awaited<ReturnType<typeof seedRenewingPolicy>>;
  let agentCaseId: string;

  beforeAll(async () => {
    agentPolicy = await seedRenewingPolicy(org.organizationId, org.users.agent.userId, { renewsInDays: 20, premium: 6_000, name: "Ada Renewing" });
    await seedRenewingPolicy(org.organizationId, southAgent.userId, { renewsInDays: 45, premium: 800, name: "South Client" });
    await seedRenewingPolicy(org.organizationId, org.users.agent.userId, { renewsInDays: 200, name: "Far Away" });
    const opened = await callerFor(org.users.admin).renewals.cases.openDue();
    expect(opened).toEqual({ opened: 2, closed: 0, windowDays: 60 });
    agentCaseId = (await db.renewalCase.findFirstOrThrow({ where: { policyId: agentPolicy.policyId } })).id;
  });

  it("opens a case per policy term entering the window, numbered REN-<year>-<seq>, assigned to the policy's agent, once", async () => {
    const cases = await db.renewalCase.findMany({ where: { organizationId: org.organizationId }, orderBy: { caseNumber: "asc" } });
    const year = new Date().getUTCFullYear();
    expect(cases.map((item) => item.caseNumber)).toEqual([`REN-${year}-0001`, `REN-${year}-0002`]);
    expect(cases.find((item) => item.policyId === agentPolicy.policyId)).toMatchObject({ assigneeId: org.users.agent.userId, status: "new", priority: "medium" });
    expect(await openDueCases({ actor: systemActor(org.organizationId, "test") })).toMatchObject({ opened: 0, closed: 0 });
    const timeline = await db.renewalCaseEvent.findMany({ where: { caseId: agentCaseId } });
    expect(timeline).toMatchObject([{ type: "created", actorId: org.users.admin.userId }]);
  });

  it("gives concurrent takers distinct case numbers", async () => {
    const other = await createTestOrganization();
    const taken = await Promise.all(Array.from({ length: 8 }, () => db.$transaction((tx) => takeCaseNumbers(tx, other.organizationId, 3))));
    const all = taken.flat();
    expect(new Set(all).size).toBe(24);
  });

  it("lists an agent's assigned cases only, a manager their team's, and hides others' as NOT_FOUND", async () => {
    const mine = await callerFor(org.users.agent).renewals.cases.list({});
    expect(mine.items.map((item) => item.contact.name)).toEqual(["Ada Renewing"]);
    expect(mine.total).toBe(1);
    const manager = await callerFor(org.users.manager).renewals.cases.list({});
    expect(manager.items.map((item) => item.contact.name)).toEqual(["Ada Renewing"]);
    const admin = await callerFor(org.users.admin).renewals.cases.list({});
    expect(admin.items.map((item) => item.contact.name)).toEqual(["Ada Renewing", "South Client"]);
    expect((await callerFor(org.users.compliance).renewals.cases.list({})).total).toBe(2);
    await expect(callerFor(southAgent).renewals.cases.get({ id: agentCaseId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(southAgent).renewals.cases.addNote({ id: agentCaseId, note: "peek" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("filters by window, status, priority, policy type, carrier and search, sorts and pages by keyset", async () => {
    const admin = callerFor(org.users.admin).renewals.cases;
    expect((await admin.list({ window: "30" })).items.map((item) => item.contact.name)).toEqual(["Ada Renewing"]);
    expect((await admin.list({ window: "60" })).total).toBe(2);
    expect((await admin.list({ window: "overdue" })).total).toBe(0);
    expect((await admin.list({ priority: "low" })).items.map((item) => item.contact.name)).toEqual(["South Client"]);
    expect((await admin.list({ policyType: "home" })).total).toBe(0);
    expect((await admin.list({ carrier: "acme mutual" })).total).toBe(2);
    expect((await admin.list({ search: "south" })).items.map((item) => item.contact.name)).toEqual(["South Client"]);
    expect((await admin.list({ search: agentPolicy.policyNumber })).total).toBe(1);
    expect((await admin.list({ sort: "premium" })).items.map((item) => item.premium)).toEqual([6000, 800]);
    const first = await admin.list({ sort: "priority", limit: 1 });
    expect(first.items[0]!.contact.name).toBe("Ada Renewing");
    const second = await admin.list({ sort: "priority", limit: 1, cursor: first.nextCursor! });
    expect(second).toMatchObject({ items: [{ contact: { name: "South Client" } }], total: null, nextCursor: null });
  });

  it("logs contact attempts and notes, updates payment and quote, each on the timeline with who and when", async () => {
    const agent = callerFor(org.users.agent).renewals.cases;
    await agent.logContactAttempt({ id: agentCaseId, channel: "call", outcome: "voicemail", note: "Left a message" });
    await agent.addNote({ id: agentCaseId, note: "Client wants a quote comparison" });
    const updated = await agent.update({ id: agentCaseId, renewalPremium: 6_600, paymentStatus: "partial", paymentAmount: 1_000, paymentMethod: "card" });
    expect(updated).toMatchObject({ status: "in_progress", contactAttempts: 1, renewalPremium: 6600, premiumChangePercent: 10, payment: { status: "partial", amount: 1000, method: "card" } });
    expect(updated.attempts).toMatchObject([{ channel: "call", outcome: "voicemail", actor: { id: org.users.agent.userId } }]);
    expect(updated.timeline.map((entry) => entry.type).sort()).toEqual(["contact_attempt", "created", "note", "payment", "status_changed", "updated"]);
    expect(updated.timeline.every((entry) => entry.occurredAt instanceof Date)).toBe(true);
  });

  it("lets agents escalate (priority raised a step) but not viewers, and notifies the person escalated to", async () => {
    await expect(callerFor(org.users.viewer).renewals.cases.escalate({ id: agentCaseId, reason: "no" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const escalated = await callerFor(org.users.agent).renewals.cases.escalate({ id: agentCaseId, toUserId: org.users.manager.userId, reason: "Client threatens to leave" });
    expect(escalated).toMatchObject({ priority: "high", status: "in_progress", escalation: { to: { id: org.users.manager.userId }, reason: "Client threatens to leave" } });
    const notification = await db.notification.findFirst({ where: { userId: org.users.manager.userId, type: "renewal_case_escalated" } });
    expect(notification?.actionUrl).toBe(`/renewals/cases/${agentCaseId}`);
  });

  it("refuses assignment by agents and lets a manager hand a case within their team", async () => {
    await expect(callerFor(org.users.agent).renewals.cases.assign({ id: agentCaseId, userId: org.users.agent.userId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(org.users.manager).renewals.cases.assign({ id: agentCaseId, userId: southAgent.userId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const southCase = await db.renewalCase.findFirstOrThrow({ where: { organizationId: org.organizationId, assigneeId: southAgent.userId } });
    const result = await callerFor(org.users.admin).renewals.cases.assignMany({ ids: [southCase.id], userId: org.users.agent.userId, note: "Covering" });
    expect(result).toEqual({ assigned: 1, ids: [southCase.id] });
    expect((await callerFor(org.users.agent).renewals.cases.list({})).total).toBe(2);
    await callerFor(org.users.admin).renewals.cases.assign({ id: southCase.id, userId: southAgent.userId });
  });

  it("renews a case: the policy moves to its next term at the renewal premium, and the case closes", async () => {
    const renewed = await callerFor(org.users.agent).renewals.cases.markRenewed({ id: agentCaseId });
    expect(renewed).toMatchObject({ status: "renewed", renewalPremium: 6600 });
    expect(renewed.closedAt).toBeInstanceOf(Date);
    const policy = await db.policy.findUniqueOrThrow({ where: { id: agentPolicy.policyId } });
    expect(Number(policy.premium)).toBe(6600);
    expect(policy.startDate).toEqual(agentPolicy.renewalDate);
    expect(policy.endDate.getUTCFullYear()).toBe(agentPolicy.renewalDate.getUTCFullYear() + 1);
    expect(policy.renewalDate).toEqual(policy.endDate);
    expect(renewed.timeline[0]).toMatchObject({ type: "renewed", actor: { id: org.users.agent.userId } });
    await expect(callerFor(org.users.agent).renewals.cases.markLost({ id: agentCaseId, reason: "price" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // The next run does not open the renewed term again; the new term is far off.
    expect(await openDueCases({ actor: systemActor(org.organizationId, "test") })).toMatchObject({ opened: 0 });
  });

  it("marks a case lost: status failed with its reason, the policy not renewed", async () => {
    const { policyId } = await seedRenewingPolicy(org.organizationId, org.users.agent.userId, { renewsInDays: 10 });
    await openDueCases({ actor: systemActor(org.organizationId, "test") });
    const lostCase = await db.renewalCase.findFirstOrThrow({ where: { policyId } });
    const lost = await callerFor(org.users.agent).renewals.cases.markLost({ id: lostCase.id, reason: "price", note: "Found cheaper" });
    expect(lost).toMatchObject({ status: "failed", lost: { reason: "price", note: "Found cheaper" } });
    expect(await db.policy.findUniqueOrThrow({ where: { id: policyId }, select: { status: true, renewalDate: true } })).toEqual({ status: "expired", renewalDate: null });
  });

  it("closes an open case whose policy was cancelled in the CRM", async () => {
    const { policyId } = await seedRenewingPolicy(org.organizationId, org.users.agent.userId, { renewsInDays: 5 });
    await openDueCases({ actor: systemActor(org.organizationId, "test") });
    await callerFor(org.users.agent).crm.policies.update({ id: policyId, status: "cancelled" });
    expect(await openDueCases({ actor: systemActor(org.organizationId, "test") })).toMatchObject({ opened: 0, closed: 1 });
    const closed = await db.renewalCase.findFirstOrThrow({ where: { policyId }, include: { events: { orderBy: { occurredAt: "desc" } } } });
    expect(closed).toMatchObject({ status: "failed", lostReason: "other", lostNote: "Policy cancelled" });
    expect(closed.events[0]).toMatchObject({ type: "closed", actorId: null });
  });

  it("honours the organization's window", async () => {
    const other = await createTestOrganization();
    await seedRenewingPolicy(other.organizationId, other.users.agent.userId, { renewsInDays: 80 });
    expect((await openDueCases({ actor: systemActor(other.organizationId, "test") })).opened).toBe(0);
    await expect(callerFor(other.users.manager).renewals.settings.update({ windowDays: 90 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await callerFor(other.users.admin).renewals.settings.update({ windowDays: 90 });
    expect(await callerFor(other.users.agent).renewals.settings.get()).toEqual({ windowDays: 90 });
    expect((await openDueCases({ actor: systemActor(other.organizationId, "test"), now: new Date(Date.now() + DAY) })).opened).toBe(1);
  });

  it("briefs the renewal: prior vs renewal term, the change, and a template summary offline", async () => {
    const { policyId } = await seedRenewingPolicy(org.organizationId, org.users.agent.userId, { renewsInDays: 15, premium: 1_000, name: "Brief Client" });
    await openDueCases({ actor: systemActor(org.organizationId, "test") });
    const item = await db.renewalCase.findFirstOrThrow({ where: { policyId } });
    await callerFor(org.users.agent).renewals.cases.update({ id: item.id, renewalPremium: 1_250, renewalCarrier: "Beacon Insurance", coverages: [{ name: "Collision", priorDeductible: "$500", renewalDeductible: "$1,000" }] });
    const brief = await callerFor(org.users.agent).renewals.cases.brief({ id: item.id });
    expect(brief).toMatchObject({ premiumChange: 250, premiumChangePercent: 25, priorTerm: { premium: 1000, carrier: "Acme Mutual" }, renewalTerm: { premium: 1250, carrier: "Beacon Insurance" }, provider: "offline", template: true });
    expect(brief.changes).toEqual(["Premium up 25%", "Carrier changes from Acme Mutual to Beacon Insurance", "Collision deductible $500 → $1,000"]);
    expect(brief.summary).toContain("$1,250.00");
    expect(brief.summary).toContain("$1,000.00 for the current term (+25%)");
    expect(brief.summary).toContain("Beacon Insurance");
  });
});
