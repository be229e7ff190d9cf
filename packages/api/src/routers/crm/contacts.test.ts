import { db } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { UserActor } from "../../access/actor";
import { callerFor, createTestOrganization, useTestOrganization } from "../../testing";
import { addUser, agentWithContact, daysAgo, fieldErrorsOf, useAddedUser } from "../../testing/pipeline-fixtures";

const contactFor = (actor: UserActor, name: string, extra: Record<string, unknown> = {}) =>
  callerFor(actor).crm.contacts.create({ name, ...extra });

/** The numbers the lists filter and sort by, as a recompute would leave them (services/scores writes them). */
const setScores = (id: string, scores: { healthScore: number; churnRisk: number }) => db.contact.update({ where: { id }, data: scores });

describe("crm.contacts access", () => {
  const org = useTestOrganization();
  const southAgent = useAddedUser(org, "agent");

  it("gives an agent the contacts they create, owned by them, with relationship health derived from the score", async () => {
    const contact = await contactFor(org.users.agent, "Dana Whitfield", { email: "dana@example.com" });
    expect(contact).toMatchObject({ name: "Dana Whitfield", owner: { id: org.users.agent.userId } });
    // Scored on create by the formula; the list names the band from the stored number.
    const detail = await callerFor(org.users.agent).crm.contacts.get({ id: contact.id });
    expect(detail.scores.health).toMatchObject({ score: contact.healthScore, computedAt: expect.any(Date) as unknown });
    expect(detail.scores.churn).toMatchObject({ score: contact.churnRisk });
    await setScores(contact.id, { healthScore: 82, churnRisk: 65 });
    const page = await callerFor(org.users.agent).crm.contacts.list({ search: "Whitfield" });
    expect(page.items.map((item) => item.id)).toEqual([contact.id]);
    expect(page.items[0]).toMatchObject({
      relationshipHealth: "high",
      owner: { id: org.users.agent.userId },
      scores: { health: { score: 82, band: "high" }, churn: { score: 65, band: "high" } },
    });
    expect(page.total).toBe(1);
  });

  it("answers NOT_FOUND when an agent reaches for another agent's contact, and leaves it out of lists", async () => {
    const theirs = await contactFor(southAgent, "Hidden Harper");
    const agent = callerFor(org.users.agent);
    await expect(agent.crm.contacts.get({ id: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(agent.crm.contacts.update({ id: theirs.id, name: "Hijacked" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(agent.crm.contacts.logCommunication({ contactId: theirs.id, type: "call", summary: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await agent.crm.contacts.list({ search: "Hidden Harper" })).total).toBe(0);
  });

  it("lets a manager see and change the team's contacts but not another team's", async () => {
    const teamContact = await contactFor(org.users.agent, "Team Tillman");
    const otherTeam = await contactFor(southAgent, "South Sorensen");
    const manager = callerFor(org.users.manager);
    expect((await manager.crm.contacts.get({ id: teamContact.id })).name).toBe("Team Tillman");
    expect(await manager.crm.contacts.update({ id: teamContact.id, tags: ["vip"] })).toMatchObject({ tags: ["vip"] });
    await expect(manager.crm.contacts.get({ id: otherTeam.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const admin = callerFor(org.users.admin);
    expect((await admin.crm.contacts.get({ id: otherTeam.id })).name).toBe("South Sorensen");
  });

  it("lets a viewer read but not write, and only managers and admins delete", async () => {
    const contact = await contactFor(org.users.agent, "Vera Viewed");
    const viewer = callerFor(org.users.viewer);
    expect((await viewer.crm.contacts.get({ id: contact.id })).id).toBe(contact.id);
    await expect(viewer.crm.contacts.create({ name: "Nope" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(viewer.crm.contacts.update({ id: contact.id, name: "Nope" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(viewer.crm.contacts.logCommunication({ contactId: contact.id, type: "note", summary: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(org.users.agent).crm.contacts.delete({ id: contact.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    expect(await callerFor(org.users.manager).crm.contacts.delete({ id: contact.id })).toEqual({ id: contact.id });
    await expect(viewer.crm.contacts.get({ id: contact.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const audit = await db.auditLog.findFirst({ where: { organizationId: org.organizationId, action: "crm.contacts.delete" } });
    expect(audit).toMatchObject({ entityType: "contact", entityId: contact.id });
  });

  it("keeps agents from handing a contact to someone else, lets an admin reassign it with its policies", async () => {
    const contact = await contactFor(org.users.agent, "Owen Owned");
    const agent = callerFor(org.users.agent);
    const refused = agent.crm.contacts.update({ id: contact.id, ownerId: southAgent.userId });
    await expect(refused).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(fieldErrorsOf(await refused.catch((error: unknown) => error))).toHaveProperty("ownerId");

    await callerFor(org.users.agent).crm.policies.create({
      contactId: contact.id,
      policyNumber: `OWN-${contact.id.slice(0, 8)}`,
      type: "auto",
      carrier: "Acme Mutual",
      premium: 900,
      startDate: new Date("2025-01-01"),
      endDate: new Date("2026-01-01"),
    });
    const moved = await callerFor(org.users.admin).crm.contacts.update({ id: contact.id, ownerId: southAgent.userId });
    expect(moved.owner?.id).toBe(southAgent.userId);
    expect(await db.policy.findMany({ where: { contactId: contact.id }, select: { ownerId: true } })).toEqual([{ ownerId: southAgent.userId }]);
    await expect(agent.crm.contacts.get({ id: contact.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await callerFor(southAgent).crm.contacts.get({ id: contact.id })).policies).toHaveLength(1);
  });

  it("answers CONFLICT on a customer code already in use", async () => {
    await contactFor(org.users.agent, "Coded One", { customerCode: "CUST-001" });
    const second = await contactFor(org.users.agent, "Coded Two");
    const duplicate = callerFor(org.users.agent).crm.contacts.update({ id: second.id, customerCode: "CUST-001" });
    await expect(duplicate).rejects.toMatchObject({ code: "CONFLICT" });
    expect(fieldErrorsOf(await duplicate.catch((error: unknown) => error))).toHaveProperty("customerCode");
  });
});

describe("crm.contacts list, filters and stats", () => {
  const org = useTestOrganization();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const agent = callerFor(org.users.agent);
    const make = async (key: string, { healthScore, churnRisk, ...fields }: { healthScore: number; churnRisk: number } & Record<string, unknown>) => {
      ids[key] = (await agent.crm.contacts.create({ name: key, ...fields })).id;
      await setScores(ids[key], { healthScore, churnRisk });
    };
    await make("Premium Pat", { healthScore: 75, churnRisk: 10, lastContactAt: daysAgo(5) });
    await make("Winner Wes", { healthScore: 65, churnRisk: 20, lastContactAt: daysAgo(10) });
    await make("Churny Cal", { healthScore: 55, churnRisk: 70, lastContactAt: daysAgo(3) });
    await make("Sickly Sam", { healthScore: 30, churnRisk: 10, lastContactAt: daysAgo(2) });
    await make("Quiet Quinn", { healthScore: 60, churnRisk: 10, lastContactAt: daysAgo(90) });
    await make("Due Dee", { healthScore: 60, churnRisk: 10, lastContactAt: daysAgo(40), nextFollowUpAt: daysAgo(1) });
    // Everyone above except Quiet Quinn and Due Dee was contacted recently; make all of them old.
    await db.contact.updateMany({ where: { organizationId: org.organizationId }, data: { createdAt: daysAgo(100) } });

    await agent.crm.policies.create({
      contactId: ids["Premium Pat"]!,
      policyNumber: `HV-${ids["Premium Pat"]!.slice(0, 8)}`,
      type: "commercial",
      carrier: "Summit Re",
      premium: 4_000,
      startDate: new Date("2025-01-01"),
      endDate: new Date("2026-01-01"),
    });
    const deal = await agent.crm.opportunities.create({ title: "Fleet cover", contactId: ids["Winner Wes"]!, value: 15_000 });
    await agent.crm.opportunities.moveStage({ id: deal.id, stage: "closed_won" });
  });

  it("filters high-value, at-risk, recent and needs-follow-up as documented", async () => {
    const agent = callerFor(org.users.agent);
    const names = async (filter: "high-value" | "at-risk" | "recent" | "needs-follow-up") =>
      (await agent.crm.contacts.list({ filter, sort: "name" })).items.map((item) => item.name);
    expect(await names("high-value")).toEqual(["Premium Pat", "Winner Wes"]);
    expect(await names("at-risk")).toEqual(["Churny Cal", "Sickly Sam"]);
    expect(await names("recent")).toEqual(["Churny Cal", "Premium Pat", "Sickly Sam", "Winner Wes"]);
    expect(await names("needs-follow-up")).toEqual(["Due Dee", "Quiet Quinn"]);
  });

  it("counts the stats cards in one query, matching the list filters, within the caller's reach", async () => {
    const expected = { total: 6, highValue: 2, atRisk: 2, needsFollowUp: 2 };
    expect(await callerFor(org.users.agent).crm.contacts.stats()).toEqual(expected);
    expect(await callerFor(org.users.manager).crm.contacts.stats({})).toEqual(expected);
    expect(await callerFor(org.users.viewer).crm.contacts.stats()).toEqual(expected);
    const stranger = await addUser(org, "agent");
    expect(await callerFor(stranger).crm.contacts.stats()).toEqual({ total: 0, highValue: 0, atRisk: 0, needsFollowUp: 0 });
    const otherTeamManager = await addUser(org, "manager");
    expect((await callerFor(otherTeamManager).crm.contacts.stats()).total).toBe(0);
  });

  it("sorts by health score and pages with cursors without gaps or repeats", async () => {
    const agent = callerFor(org.users.agent);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await agent.crm.contacts.list({ sort: "healthScore", limit: 4, ...(cursor ? { cursor } : {}) });
      // The total comes with the first page only.
      expect(page.total).toBe(cursor ? null : 6);
      seen.push(...page.items.map((item) => `${item.healthScore}`));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(["75", "65", "60", "60", "55", "30"]);
    const ascending = await agent.crm.contacts.list({ sort: "healthScore", order: "asc", limit: 2 });
    expect(ascending.items.map((item) => item.relationshipHealth)).toEqual(["low", "medium"]);
  });

  it("sorts by last contact newest first with never-contacted contacts last, across pages", async () => {
    const agent = callerFor(org.users.agent);
    await agent.crm.contacts.create({ name: "Never Ned" });
    const first = await agent.crm.contacts.list({ sort: "lastContactAt", limit: 5 });
    const second = await agent.crm.contacts.list({ sort: "lastContactAt", limit: 5, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((item) => item.name)).toEqual([
      "Sickly Sam",
      "Churny Cal",
      "Premium Pat",
      "Winner Wes",
      "Due Dee",
      "Quiet Quinn",
      "Never Ned",
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it("searches name, email, company and phone", async () => {
    const agent = callerFor(org.users.agent);
    const found = await agent.crm.contacts.create({ name: "Searchable Sue", email: "sue@lighthouse.example", company: "Lighthouse Bakery", phone: "+1 (555) 010-4477" });
    for (const term of ["searchable", "SUE@LIGHT", "lighthouse bak", "010-4477", "4477"]) {
      expect((await agent.crm.contacts.list({ search: term })).items.map((item) => item.id), term).toEqual([found.id]);
    }
  });

  it("rejects a cursor it did not issue", async () => {
    await expect(callerFor(org.users.agent).crm.contacts.list({ cursor: "bogus" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("crm.contacts get and logCommunication", () => {
  it("carries the stored health, churn and each policy's renewal risk with their factors, read from storage, never recomputed", async () => {
    const org = await createTestOrganization();
    const { agent, contact } = await agentWithContact(org, { name: "Stored Stella" });
    const policy = await agent.crm.policies.create({
      contactId: contact.id,
      policyNumber: `SS-${contact.id.slice(0, 8)}`,
      type: "auto",
      carrier: "Harbor Mutual",
      premium: 900,
      startDate: new Date("2026-01-01"),
      endDate: new Date("2026-12-31"),
    });
    const stored = (kind: "health" | "churn" | "renewal_risk", entityId: string) =>
      db.storedScore.findFirstOrThrow({ where: { organizationId: org.organizationId, entityId, kind } });
    // A stored row changed behind the service's back is what get shows: it reads, it does not recompute.
    await db.storedScore.update({ where: { id: (await stored("health", contact.id)).id }, data: { score: 77, band: "high" } });
    const detail = await agent.crm.contacts.get({ id: contact.id });
    const health = await stored("health", contact.id);
    expect(detail.scores.health).toEqual({ score: 77, band: "high", confidence: null, factors: health.factors, computedAt: health.computedAt });
    expect(detail.scores.health!.factors.length).toBeGreaterThan(0);
    expect(detail.scores.health!.factors.every((factor) => factor.explanation.length > 0 && ["raises", "lowers", "neutral"].includes(factor.direction))).toBe(true);
    expect(detail.scores.churn).toMatchObject({ score: (await stored("churn", contact.id)).score });
    const risk = await stored("renewal_risk", policy.id);
    expect(detail.policies[0]!.scores.renewalRisk).toMatchObject({ score: risk.score, band: risk.band, factors: risk.factors });

    const listed = await agent.crm.policies.list({ contactId: contact.id });
    expect(listed.items[0]!.scores).toEqual({ renewalRisk: { score: risk.score, band: risk.band } });
  });

  it("returns the contact with policies, opportunities, tickets, timeline, open tasks and book figures", async () => {
    const org = await createTestOrganization();
    const { agent, contact } = await agentWithContact(org, { name: "Full Fiona" });
    await setScores(contact.id, { healthScore: 45, churnRisk: 0 });
    await agent.crm.policies.create({
      contactId: contact.id,
      policyNumber: `FF-${contact.id.slice(0, 8)}`,
      type: "home",
      carrier: "Harbor Mutual",
      premium: 1_250.5,
      startDate: new Date("2025-03-01"),
      endDate: new Date("2026-03-01"),
    });
    const deal = await agent.crm.opportunities.create({ title: "Umbrella upgrade", contactId: contact.id, value: 2_000 });
    await agent.crm.tasks.create({ title: "Call about umbrella", opportunityId: deal.id, dueAt: daysAgo(-2) });
    const done = await agent.crm.tasks.create({ title: "Send welcome pack", contactId: contact.id });
    await agent.crm.tasks.toggleComplete({ id: done.id });
    await db.ticket.create({ data: { organizationId: org.organizationId, number: 1, contactId: contact.id, subject: "Billing question" } });
    await agent.crm.contacts.logCommunication({ contactId: contact.id, type: "meeting", subject: "Annual review", summary: "Went through coverage" });

    const detail = await agent.crm.contacts.get({ id: contact.id });
    expect(detail).toMatchObject({ name: "Full Fiona", relationshipHealth: "medium" });
    expect(detail.policies).toEqual([expect.objectContaining({ carrier: "Harbor Mutual", premium: 1250.5, renewalDate: new Date("2026-03-01") })]);
    expect(detail.opportunities).toEqual([expect.objectContaining({ title: "Umbrella upgrade", value: 2000, probability: 10 })]);
    expect(detail.tickets).toEqual([expect.objectContaining({ subject: "Billing question", number: 1 })]);
    expect(detail.openTasks.map((task) => task.title)).toEqual(["Call about umbrella"]);
    // The policy added first is on the timeline too (logged by the policy's own write).
    expect(detail.timeline.map((activity) => activity.title)).toEqual(["Annual review", "Task completed: Send welcome pack", expect.stringMatching(/^Policy .+ added$/)]);
    expect(detail.summary).toEqual({ activePremium: 1250.5, openPipelineValue: 2000, wonValue: 0, totalDeals: 1 });
  });

  it("records a communication as an activity and moves lastContactAt forward, never back; notes do not count as contact", async () => {
    const org = await createTestOrganization();
    const { agent, contact } = await agentWithContact(org, { name: "Logged Lou" });
    const yesterday = daysAgo(1);
    const activity = await agent.crm.contacts.logCommunication({ contactId: contact.id, type: "call", summary: "Discussed renewal", occurredAt: yesterday });
    expect(activity).toMatchObject({ type: "call", title: "Call", description: "Discussed renewal", contactId: contact.id, actor: { id: org.users.agent.userId } });
    expect((await agent.crm.contacts.get({ id: contact.id })).lastContactAt).toEqual(yesterday);

    await agent.crm.contacts.logCommunication({ contactId: contact.id, type: "email", summary: "Old email", occurredAt: daysAgo(10) });
    expect((await agent.crm.contacts.get({ id: contact.id })).lastContactAt).toEqual(yesterday);
    await agent.crm.contacts.logCommunication({ contactId: contact.id, type: "note", summary: "Internal note" });
    const detail = await agent.crm.contacts.get({ id: contact.id });
    expect(detail.lastContactAt).toEqual(yesterday);
    expect(detail.timeline).toHaveLength(3);

    await expect(agent.crm.contacts.logCommunication({ contactId: contact.id, type: "call", summary: "Later", occurredAt: daysAgo(-1) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("crm.contacts search", () => {
  it("matches name, email, company and phone in any case, and follows edits", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const contact = await contactFor(org.users.agent, "Renata Okonkwo", { email: "renata@oldmail.example", company: "Lakeside Veterinary", phone: "(555) 314-1592" });
    const ids = async (search: string) => (await agent.crm.contacts.list({ search })).items.map((item) => item.id);
    for (const term of ["okonkwo", "RENATA@OLDMAIL", "lakeside vet", "314-15", "5553141592"]) expect({ term, ids: await ids(term) }).toEqual({ term, ids: [contact.id] });
    await agent.crm.contacts.update({ id: contact.id, email: "renata@newmail.example" });
    expect(await ids("oldmail")).toEqual([]);
    expect(await ids("newmail")).toEqual([contact.id]);
  });

  it("never matches across two fields, and takes LIKE's wildcards literally", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    await contactFor(org.users.agent, "Milo Banks", { company: "Keystone Builders" });
    expect((await agent.crm.contacts.list({ search: "banks keystone" })).items).toEqual([]);
    expect((await agent.crm.contacts.list({ search: "m%o" })).items).toEqual([]);
    expect((await agent.crm.contacts.list({ search: "mil_" })).items).toEqual([]);
  });
});
