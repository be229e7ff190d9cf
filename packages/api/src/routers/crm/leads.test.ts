import { db } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestOrganization, useTestOrganization } from "../../testing";
import { useRealtimeStandIn } from "../../testing/realtime";
import { addUser, fieldErrorsOf, publishedEvents, useAddedUser } from "../../testing/pipeline-fixtures";

const standIn = useRealtimeStandIn();

let serial = 0;
const unique = () => `${Date.now().toString(36)}${(serial += 1)}`;
const leadInput = (overrides: Record<string, unknown> = {}) => ({
  kind: "client" as const,
  name: `Dana Lead ${unique()}`,
  email: `dana.${unique()}@example.com`,
  ...overrides,
});

describe("crm.leads.create", () => {
  it("creates a lead owned by the agent, scored, with email lower-cased and phone in E.164", async () => {
    const org = await createTestOrganization();
    const lead = await callerFor(org.users.agent).crm.leads.create(
      leadInput({ email: " Dana.Smith@Example.COM ", phone: "(555) 201-3344", company: "Summit Roofing", source: "Referral", value: 12_000 }),
    );
    expect(lead).toMatchObject({ status: "new", email: "dana.smith@example.com", phone: "+15552013344", value: 12_000, owner: { id: org.users.agent.userId } });
    expect(lead.id).toEqual(expect.any(String));
    // packages/ai's leadScore: email 6 + phone 6 + company 4 + value ≥ 10k 20 + referral 15
    expect(lead.score).toBe(51);
    const stored = await callerFor(org.users.agent).crm.leads.get({ id: lead.id });
    expect(stored.scores.lead).toMatchObject({ score: 51, band: "warm" });
    expect(stored.scores.lead!.factors.map((factor) => [factor.name, factor.value])).toEqual([
      ["email", 6],
      ["phone", 6],
      ["company", 4],
      ["jobTitle", 0],
      ["source", 15],
      ["value", 20],
      ["stage", 0],
      ["recency", 0],
      ["engagement", 0],
    ]);
  });

  it("answers CONFLICT naming the field for an email or phone already used by a lead of the organization", async () => {
    const org = await createTestOrganization();
    const first = await callerFor(org.users.manager).crm.leads.create(leadInput({ phone: "555-201-9999" }));
    const agent = callerFor(org.users.agent);
    const byEmail = await agent.crm.leads.create(leadInput({ email: first.email!.toUpperCase() })).catch((error: unknown) => error);
    expect(byEmail).toMatchObject({ code: "CONFLICT" });
    expect(fieldErrorsOf(byEmail)).toHaveProperty("email");
    const byPhone = await agent.crm.leads.create(leadInput({ phone: "+1 (555) 201-9999" })).catch((error: unknown) => error);
    expect(byPhone).toMatchObject({ code: "CONFLICT" });
    expect(fieldErrorsOf(byPhone)).toHaveProperty("phone");
  });

  it("allows the same email in another organization", async () => {
    const [org, other] = [await createTestOrganization(), await createTestOrganization("Other")];
    const email = `shared.${unique()}@example.com`;
    await callerFor(org.users.agent).crm.leads.create(leadInput({ email }));
    await expect(callerFor(other.users.agent).crm.leads.create(leadInput({ email }))).resolves.toMatchObject({ email });
  });

  it("refuses a lead with neither email nor phone, and an unreadable phone", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    await expect(agent.crm.leads.create({ kind: "client", name: "Nobody" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const badPhone = await agent.crm.leads.create(leadInput({ phone: "12345" })).catch((error: unknown) => error);
    expect(badPhone).toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf(badPhone)).toHaveProperty("phone");
  });

  it("keeps agents owning what they create; a manager may give a lead to a teammate, who is notified", async () => {
    const org = await createTestOrganization();
    await expect(callerFor(org.users.agent).crm.leads.create(leadInput({ ownerId: org.users.manager.userId }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const lead = await callerFor(org.users.manager).crm.leads.create(leadInput({ ownerId: org.users.agent.userId }));
    expect(lead.owner?.id).toBe(org.users.agent.userId);
    const notification = await db.notification.findFirst({ where: { userId: org.users.agent.userId, type: "lead_assigned" } });
    expect(notification?.message).toContain(lead.name);
  });

  it("tags a lead whose email is on the do-not-contact list", async () => {
    const org = await createTestOrganization();
    const email = `blocked.${unique()}@example.com`;
    await callerFor(org.users.compliance).crm.dnc.add({ channel: "email", value: email.toUpperCase() });
    const lead = await callerFor(org.users.agent).crm.leads.create(leadInput({ email }));
    expect(lead.tags).toContain("dnc");
  });

  it("is FORBIDDEN to viewers and compliance", async () => {
    const org = await createTestOrganization();
    for (const role of ["viewer", "compliance"] as const) {
      await expect(callerFor(org.users[role]).crm.leads.create(leadInput())).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("crm.leads.list and get", () => {
  const org = useTestOrganization();
  const otherTeamAgent = useAddedUser(org, "agent");
  const teammate = useAddedUser(org, "agent", { sameTeam: true });
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const make = async (key: string, actor: Parameters<typeof callerFor>[0], input: Record<string, unknown>) => {
      ids[key] = (await callerFor(actor).crm.leads.create(leadInput(input))).id;
    };
    await make("mine", org.users.agent, { name: "Ada Mine", company: "Harbor Bakery", value: 500, source: "Website", timeline: "Within 30 days" });
    await make("mineRecruit", org.users.agent, { kind: "recruit", name: "Rex Recruit", phone: "555 303 4444", source: "Indeed" });
    await make("teammate", teammate, { name: "Tia Teammate", value: 20_000, source: "Referral", phone: "555-777-1212" });
    await make("southern", otherTeamAgent, { name: "Sol Southern", value: 2_000 });
    await callerFor(org.users.agent).crm.leads.update({ id: ids.mine!, status: "qualified" });
  });

  const names = (page: { items: { name: string }[] }) => page.items.map((lead) => lead.name).sort();

  it("shows an agent only their own leads, a manager their team's, an admin and a viewer everything", async () => {
    expect(names(await callerFor(org.users.agent).crm.leads.list({}))).toEqual(["Ada Mine", "Rex Recruit"]);
    expect(names(await callerFor(org.users.manager).crm.leads.list({}))).toEqual(["Ada Mine", "Rex Recruit", "Tia Teammate"]);
    for (const role of ["admin", "viewer", "compliance"] as const) {
      expect(await callerFor(org.users[role]).crm.leads.list({})).toMatchObject({ total: 4, totalCapped: false });
    }
  });

  it("filters by kind, status, source, owner, score range and creation date", async () => {
    const admin = callerFor(org.users.admin);
    expect(names(await admin.crm.leads.list({ kind: "recruit" }))).toEqual(["Rex Recruit"]);
    expect(names(await admin.crm.leads.list({ status: "qualified" }))).toEqual(["Ada Mine"]);
    expect(names(await admin.crm.leads.list({ source: "referral" }))).toEqual(["Tia Teammate"]);
    expect(names(await admin.crm.leads.list({ ownerId: otherTeamAgent.userId }))).toEqual(["Sol Southern"]);
    expect(names(await admin.crm.leads.list({ ownerId: null }))).toEqual([]);
    // leadScore: Tia 6 + 6 + referral 15 + value 20 = 47; Ada 6 + 4 + 5 + website 10 + qualified 15 = 40; Sol 6 + 10 = 16.
    const tia = await admin.crm.leads.list({ scoreMin: 45 });
    expect(names(tia)).toEqual(["Tia Teammate"]);
    expect(tia.items[0]!.scores).toEqual({ lead: { score: 47, band: "warm" } });
    expect(names(await admin.crm.leads.list({ scoreMin: 40, scoreMax: 44 }))).toEqual(["Ada Mine"]);
    expect(names(await admin.crm.leads.list({ scoreMax: 20 }))).toEqual(["Sol Southern"]);
    expect((await admin.crm.leads.list({ createdFrom: new Date(Date.now() + 60_000) })).items).toEqual([]);
    expect((await admin.crm.leads.list({ createdTo: new Date(Date.now() + 60_000) })).total).toBe(4);
  });

  it("searches name, email, company and phone in any format", async () => {
    const admin = callerFor(org.users.admin);
    expect(names(await admin.crm.leads.list({ search: "bakery" }))).toEqual(["Ada Mine"]);
    expect(names(await admin.crm.leads.list({ search: "SOUTHERN" }))).toEqual(["Sol Southern"]);
    expect(names(await admin.crm.leads.list({ search: "(555) 777-12" }))).toEqual(["Tia Teammate"]);
    expect(names(await admin.crm.leads.list({ search: "no-such-lead" }))).toEqual([]);
  });

  it.each([
    ["score", "desc", ["Tia Teammate", "Ada Mine"]],
    ["value", "desc", ["Tia Teammate", "Sol Southern", "Ada Mine", "Rex Recruit"]],
    ["value", "asc", ["Ada Mine", "Sol Southern", "Tia Teammate", "Rex Recruit"]],
    ["name", "asc", ["Ada Mine", "Rex Recruit", "Sol Southern", "Tia Teammate"]],
    ["createdAt", "asc", ["Ada Mine", "Rex Recruit", "Tia Teammate", "Sol Southern"]],
  ] as const)("sorts by %s %s and pages with a cursor without skipping or repeating", async (sort, direction, expected) => {
    const admin = callerFor(org.users.admin);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await admin.crm.leads.list({ sort, order: direction, limit: 1, cursor });
      if (cursor) expect(page.total).toBeNull();
      seen.push(...page.items.map((lead) => lead.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.slice(0, expected.length)).toEqual(expected);
    expect(seen).toHaveLength(4);
  });

  it("pages by last interaction with leads never contacted last", async () => {
    await callerFor(org.users.agent).crm.leads.addActivity({ leadId: ids.mine!, type: "call", description: "Intro call" });
    const page = await callerFor(org.users.admin).crm.leads.list({ sort: "lastInteractionAt", limit: 2 });
    expect(page.items[0]!.name).toBe("Ada Mine");
    const rest = await callerFor(org.users.admin).crm.leads.list({ sort: "lastInteractionAt", limit: 2, cursor: page.nextCursor! });
    expect([...page.items, ...rest.items].map((lead) => lead.name).sort()).toEqual(["Ada Mine", "Rex Recruit", "Sol Southern", "Tia Teammate"]);
  });

  it("refuses a cursor it did not make", async () => {
    await expect(callerFor(org.users.admin).crm.leads.list({ cursor: "bm9wZQ" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("gets a lead with its owner, stored score factors, buying timeline and activity timeline", async () => {
    const lead = await callerFor(org.users.agent).crm.leads.get({ id: ids.mine! });
    expect(lead).toMatchObject({ name: "Ada Mine", status: "qualified", value: 500, timeline: "Within 30 days", owner: { id: org.users.agent.userId } });
    expect(lead.scores.lead).toMatchObject({ score: lead.score, band: expect.any(String) as unknown, confidence: null, computedAt: expect.any(Date) as unknown });
    expect(lead.scores.lead!.factors.reduce((sum, factor) => sum + factor.value, 0)).toBe(lead.score);
    const stored = await db.storedScore.findFirstOrThrow({ where: { entityType: "lead", entityId: ids.mine!, kind: "lead" } });
    expect(lead.scores.lead!.computedAt).toEqual(stored.computedAt);
    expect(lead.activities.map((activity) => activity.type)).toEqual(expect.arrayContaining(["status_change", "call"]));
  });

  it("answers NOT_FOUND to an agent for another agent's lead and to a manager for another team's", async () => {
    await expect(callerFor(org.users.agent).crm.leads.get({ id: ids.teammate! })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(org.users.manager).crm.leads.get({ id: ids.southern! })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(org.users.manager).crm.leads.get({ id: ids.teammate! })).resolves.toMatchObject({ name: "Tia Teammate" });
    const stranger = await createTestOrganization("Stranger");
    await expect(callerFor(stranger.users.admin).crm.leads.get({ id: ids.mine! })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("crm.leads.update", () => {
  it("records a status change on the timeline, rescoring, and announces lead:updated after commit", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const lead = await agent.crm.leads.create(leadInput());
    standIn.requests.length = 0;
    const updated = await agent.crm.leads.update({ id: lead.id, status: "appointment_set", company: "Keystone Builders" });
    expect(updated).toMatchObject({ status: "appointment_set", company: "Keystone Builders", score: lead.score + 20 + 4 });

    const activity = await db.activity.findFirst({ where: { leadId: lead.id, type: "status_change" } });
    expect(activity).toMatchObject({ title: "Status changed from new to appointment set", actorId: org.users.agent.userId, metadata: { from: "new", to: "appointment_set" } });

    const events = publishedEvents(standIn).filter((event) => event.name === "lead:updated");
    expect(events).toHaveLength(2);
    expect(events[0]!.channels).toEqual([`private-user-${org.users.agent.userId}`]);
    expect(events[0]!.data).toMatchObject({ id: lead.id, change: "updated", status: "appointment_set", previousStatus: "new" });
    expect(events[1]).toEqual({ name: "lead:updated", channels: [`private-org-${org.organizationId}`], data: { entityType: "lead", id: lead.id, change: "updated" } });
  });

  it("publishes only after the change is committed: the stand-in's request already sees it", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const lead = await agent.crm.leads.create(leadInput());
    const seenAtDelivery: Promise<string | undefined>[] = [];
    const record = standIn.requests.push.bind(standIn.requests);
    // Read the lead from another connection the moment the events request arrives: were the
    // publish inside the transaction, the change would not be visible yet.
    standIn.requests.push = (...records) => {
      for (const request of records) {
        if (request.body.includes("lead:updated")) seenAtDelivery.push(db.lead.findUnique({ where: { id: lead.id }, select: { status: true } }).then((row) => row?.status));
      }
      return record(...records);
    };
    try {
      await agent.crm.leads.update({ id: lead.id, status: "contacted" });
    } finally {
      standIn.requests.push = record;
    }
    // The owner's copy and the organization's signal.
    expect(await Promise.all(seenAtDelivery)).toEqual(["contacted", "contacted"]);
  });

  it("does not record an activity when the status stays the same", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const lead = await agent.crm.leads.create(leadInput());
    await agent.crm.leads.update({ id: lead.id, notes: "Prefers mornings" });
    expect(await db.activity.count({ where: { leadId: lead.id } })).toBe(0);
  });

  it("refuses a change of email to one another lead has, and removing the last way to reach the lead", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const first = await agent.crm.leads.create(leadInput());
    const second = await agent.crm.leads.create(leadInput());
    await expect(agent.crm.leads.update({ id: second.id, email: first.email })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(agent.crm.leads.update({ id: second.id, email: second.email })).resolves.toMatchObject({ email: second.email });
    await expect(agent.crm.leads.update({ id: second.id, email: null })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("answers NOT_FOUND for another agent's lead, FORBIDDEN for a viewer", async () => {
    const org = await createTestOrganization();
    const lead = await callerFor(org.users.manager).crm.leads.create(leadInput());
    await expect(callerFor(org.users.agent).crm.leads.update({ id: lead.id, status: "lost" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(org.users.viewer).crm.leads.update({ id: lead.id, status: "lost" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(org.users.admin).crm.leads.update({ id: lead.id, status: "lost" })).resolves.toMatchObject({ status: "lost" });
  });
});

describe("crm.leads.delete", () => {
  it("lets a manager move a team lead to the trash, timeline kept; agents are FORBIDDEN", async () => {
    const org = await createTestOrganization();
    const lead = await callerFor(org.users.agent).crm.leads.create(leadInput());
    await callerFor(org.users.agent).crm.leads.addActivity({ leadId: lead.id, type: "note", description: "Met at the fair" });
    await expect(callerFor(org.users.agent).crm.leads.delete({ id: lead.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(org.users.manager).crm.leads.delete({ id: lead.id })).resolves.toMatchObject({ id: lead.id });
    expect(await db.lead.count({ where: { id: lead.id, deletedAt: { not: null } } })).toBe(1);
    expect(await db.activity.count({ where: { leadId: lead.id } })).toBe(1);
    await expect(callerFor(org.users.manager).crm.leads.delete({ id: lead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers NOT_FOUND to a manager for another team's lead", async () => {
    const org = await createTestOrganization();
    const southern = await addUser(org, "agent");
    const lead = await callerFor(southern).crm.leads.create(leadInput());
    await expect(callerFor(org.users.manager).crm.leads.delete({ id: lead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("crm.leads.assign", () => {
  it("lets a manager give a team lead to a teammate, notifying them and logging it", async () => {
    const org = await createTestOrganization();
    const teammate = await addUser(org, "agent", { sameTeam: true });
    const lead = await callerFor(org.users.agent).crm.leads.create(leadInput());
    standIn.requests.length = 0;
    const assigned = await callerFor(org.users.manager).crm.leads.assign({ id: lead.id, ownerId: teammate.userId });
    expect(assigned.owner?.id).toBe(teammate.userId);
    expect(await db.notification.count({ where: { userId: teammate.userId, type: "lead_assigned" } })).toBe(1);
    expect(await db.activity.findFirst({ where: { leadId: lead.id, type: "system" } })).toMatchObject({ title: `Assigned to ${teammate.name}` });
    const names = publishedEvents(standIn).map((event) => event.name);
    expect(names).toEqual(expect.arrayContaining(["notification:new", "lead:updated"]));
    // The new owner gets the lead; the previous owner may no longer see it, so hears of it only
    // through the organization's signal.
    const leadEvents = publishedEvents(standIn).filter((event) => event.name === "lead:updated");
    expect(leadEvents.map((event) => event.channels)).toEqual([[`private-user-${teammate.userId}`], [`private-org-${org.organizationId}`]]);
    expect(leadEvents[0]!.data).toMatchObject({ id: lead.id, change: "assigned", previousOwnerId: org.users.agent.userId });
    expect(leadEvents[1]!.data).toEqual({ entityType: "lead", id: lead.id, change: "assigned" });
  });

  it("keeps a manager within their team; an admin may assign anyone", async () => {
    const org = await createTestOrganization();
    const southern = await addUser(org, "agent");
    const lead = await callerFor(org.users.agent).crm.leads.create(leadInput());
    await expect(callerFor(org.users.manager).crm.leads.assign({ id: lead.id, ownerId: southern.userId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(org.users.admin).crm.leads.assign({ id: lead.id, ownerId: southern.userId })).resolves.toMatchObject({ owner: { id: southern.userId } });
  });

  it("does not let agents reassign: NOT_FOUND for others' leads, FORBIDDEN to hand off their own", async () => {
    const org = await createTestOrganization();
    const teammate = await addUser(org, "agent", { sameTeam: true });
    const theirs = await callerFor(teammate).crm.leads.create(leadInput());
    const mine = await callerFor(org.users.agent).crm.leads.create(leadInput());
    await expect(callerFor(org.users.agent).crm.leads.assign({ id: theirs.id, ownerId: org.users.agent.userId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(org.users.agent).crm.leads.assign({ id: mine.id, ownerId: teammate.userId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses an owner outside the organization", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization("Other");
    const lead = await callerFor(org.users.admin).crm.leads.create(leadInput());
    await expect(callerFor(org.users.admin).crm.leads.assign({ id: lead.id, ownerId: other.users.agent.userId })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("crm.leads.addActivity", () => {
  it("logs a call, moves the last interaction forward and rescores", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const lead = await agent.crm.leads.create(leadInput());
    const activity = await agent.crm.leads.addActivity({ leadId: lead.id, type: "call", description: "Discussed bundling", outcome: "Interested" });
    expect(activity).toMatchObject({ type: "call", title: "Call logged", description: "Discussed bundling", outcome: "Interested", leadId: lead.id });
    const after = await agent.crm.leads.get({ id: lead.id });
    expect(after.lastInteractionAt).toEqual(activity.occurredAt);
    // Recency (interaction today) 10, engagement 2 per interaction in 90 days.
    expect(after.score).toBe(lead.score + 10 + 2);
    expect(after.scores.lead!.factors.find((factor) => factor.name === "engagement")).toMatchObject({ value: 2, direction: "raises" });
  });

  it("keeps the last interaction when a note or an older call is logged", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const lead = await agent.crm.leads.create(leadInput());
    await agent.crm.leads.addActivity({ leadId: lead.id, type: "note", description: "Just a note" });
    expect((await agent.crm.leads.get({ id: lead.id })).lastInteractionAt).toBeNull();
    const recent = await agent.crm.leads.addActivity({ leadId: lead.id, type: "email", description: "Sent quote" });
    await agent.crm.leads.addActivity({ leadId: lead.id, type: "meeting", description: "Old meeting", occurredAt: new Date(Date.now() - 40 * 86_400_000) });
    expect((await agent.crm.leads.get({ id: lead.id })).lastInteractionAt).toEqual(recent.occurredAt);
  });

  it("refuses system activity types, future dates, other agents' leads and viewers", async () => {
    const org = await createTestOrganization();
    const lead = await callerFor(org.users.manager).crm.leads.create(leadInput());
    const manager = callerFor(org.users.manager);
    await expect(manager.crm.leads.addActivity({ leadId: lead.id, type: "status_change" as "note", description: "x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(manager.crm.leads.addActivity({ leadId: lead.id, type: "call", description: "x", occurredAt: new Date(Date.now() + 86_400_000) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(callerFor(org.users.agent).crm.leads.addActivity({ leadId: lead.id, type: "note", description: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(org.users.viewer).crm.leads.addActivity({ leadId: lead.id, type: "note", description: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
