import { db } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { organizationChannel, userChannel } from "../../realtime";
import { callerFor, createTestOrganization, useTestOrganization } from "../../testing";
import { useRealtimeStandIn } from "../../testing/realtime";
import { addUser, agentWithContact, daysAgo, fieldErrorsOf, isSignal, publishedEvents, useAddedUser } from "../../testing/pipeline-fixtures";

const standIn = useRealtimeStandIn();

const utcDate = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day));
const now = new Date();
const todayUtc = utcDate(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());

describe("crm.opportunities create, update and access", () => {
  const org = useTestOrganization();
  const southAgent = useAddedUser(org, "agent");

  it("creates an opportunity with its stage's baseline probability and starts the stage history there", async () => {
    const { agent, contact } = await agentWithContact(org, { name: "Quinn Quote" });
    const prospect = await agent.crm.opportunities.create({ title: "Home bundle", contactId: contact.id, value: 3_500.25 });
    expect(prospect).toMatchObject({ stage: "prospect", probability: 10, value: 3500.25, owner: { id: org.users.agent.userId }, contact: { id: contact.id } });
    const quoted = await agent.crm.opportunities.create({ title: "Auto", stage: "quoted" });
    expect(quoted.probability).toBe(50);
    const detail = await agent.crm.opportunities.get({ id: quoted.id });
    expect(detail.stageHistory).toEqual([expect.objectContaining({ fromStage: null, toStage: "quoted", probability: 50, changedBy: { id: org.users.agent.userId, name: org.users.agent.name } })]);
  });

  it("refuses a contact or lead outside the agent's reach as NOT_FOUND on that field", async () => {
    const southContact = await callerFor(southAgent).crm.contacts.create({ name: "South Contact" });
    const attempt = callerFor(org.users.agent).crm.opportunities.create({ title: "Poached", contactId: southContact.id });
    await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(fieldErrorsOf(await attempt.catch((error: unknown) => error))).toHaveProperty("contactId");
  });

  it("updates details and publishes opportunity:updated, but keeps another agent out and a viewer read-only", async () => {
    const deal = await callerFor(org.users.agent).crm.opportunities.create({ title: "Commercial property", value: 12_000 });
    const updated = await callerFor(org.users.agent).crm.opportunities.update({
      id: deal.id,
      value: 14_000,
      competitor: "Big Insurer",
      riskFactors: ["price sensitive"],
      expectedCloseDate: utcDate(2030, 0, 31),
    });
    // dealProbability: prospect 10, one risk −5, a competitor −10, kept at 5 or more while open.
    expect(updated).toMatchObject({ value: 14000, competitor: "Big Insurer", riskFactors: ["price sensitive"], stage: "prospect", probability: 5 });
    const detail = await callerFor(org.users.agent).crm.opportunities.get({ id: deal.id });
    expect(detail.scores.probability).toMatchObject({ score: 5, band: "cold", confidence: "medium" });
    expect(detail.scores.probability!.factors.map((factor) => [factor.name, factor.value])).toEqual([
      ["stage", 10],
      ["positiveSignals", 0],
      ["riskFactors", -5],
      ["competitor", -10],
      ["clamped", 10],
    ]);
    const listed = await callerFor(org.users.agent).crm.opportunities.list({ search: "Commercial property" });
    expect(listed.items[0]!.scores.probability).toEqual({ score: 5, band: "cold", confidence: "medium" });
    const dealEvents = publishedEvents(standIn).filter((event) => event.name === "opportunity:updated" && event.data.id === deal.id);
    expect(dealEvents.map((event) => event.data.change)).toEqual(["created", "created", "updated", "updated"]);
    expect(dealEvents[2]).toMatchObject({ channels: [userChannel(org.users.agent.userId)], data: { value: 14000, oldStage: "prospect", newStage: "prospect" } });
    expect(dealEvents[3]).toEqual({ name: "opportunity:updated", channels: [organizationChannel(org.organizationId)], data: { entityType: "opportunity", id: deal.id, change: "updated" } });

    await expect(callerFor(southAgent).crm.opportunities.get({ id: deal.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(southAgent).crm.opportunities.update({ id: deal.id, title: "Mine" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(southAgent).crm.opportunities.moveStage({ id: deal.id, stage: "quoted" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await callerFor(org.users.manager).crm.opportunities.get({ id: deal.id })).title).toBe("Commercial property");
    const viewer = callerFor(org.users.viewer);
    expect((await viewer.crm.opportunities.get({ id: deal.id })).id).toBe(deal.id);
    await expect(viewer.crm.opportunities.create({ title: "No" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(viewer.crm.opportunities.moveStage({ id: deal.id, stage: "quoted" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(viewer.crm.opportunities.addActivity({ opportunityId: deal.id, type: "note", description: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("crm.opportunities.moveStage", () => {
  it("raises the probability with the stage, records history and a stage_change activity, and publishes old and new stage", async () => {
    const org = await createTestOrganization();
    const { agent, contact } = await agentWithContact(org, { name: "Stella Stage" });
    const deal = await agent.crm.opportunities.create({ title: "Life policy", contactId: contact.id, value: 9_000 });
    await db.opportunity.update({ where: { id: deal.id }, data: { stageEnteredAt: daysAgo(9) } });

    const quoted = await agent.crm.opportunities.moveStage({ id: deal.id, stage: "quoted" });
    expect(quoted).toMatchObject({ id: deal.id, stage: "quoted", probability: 50, previousStage: "prospect", closedAt: null });
    expect(Date.now() - quoted.stageEnteredAt.getTime()).toBeLessThan(60_000);
    const negotiation = await agent.crm.opportunities.moveStage({ id: deal.id, stage: "negotiation" });
    expect(negotiation.probability).toBe(75);
    const won = await agent.crm.opportunities.moveStage({ id: deal.id, stage: "closed_won" });
    expect(won).toMatchObject({ probability: 100, closedAt: expect.any(Date) as unknown });

    const detail = await agent.crm.opportunities.get({ id: deal.id });
    expect(detail.stageHistory.map(({ fromStage, toStage, probability }) => [fromStage, toStage, probability])).toEqual([
      [null, "prospect", 10],
      ["prospect", "quoted", 50],
      ["quoted", "negotiation", 75],
      ["negotiation", "closed_won", 100],
    ]);
    expect(detail.timeline.map((activity) => activity.title)).toEqual(["Moved from Negotiation to Closed won", "Moved from Quoted to Negotiation", "Moved from Prospect to Quoted"]);
    expect(detail.timeline[0]).toMatchObject({ type: "stage_change", contactId: contact.id, opportunityId: deal.id });
    expect((await agent.crm.contacts.get({ id: contact.id })).timeline).toHaveLength(3);

    const events = publishedEvents(standIn).filter(
      (event) => event.name === "opportunity:updated" && event.data.id === deal.id && event.data.change === "stage_changed" && !isSignal(event),
    );
    expect(events.map((event) => [event.data.oldStage, event.data.newStage, event.data.probability])).toEqual([
      ["prospect", "quoted", 50],
      ["quoted", "negotiation", 75],
      ["negotiation", "closed_won", 100],
    ]);
    expect(events[0]!.channels).toEqual([userChannel(org.users.agent.userId)]);

    const reopened = await agent.crm.opportunities.moveStage({ id: deal.id, stage: "negotiation" });
    expect(reopened).toMatchObject({ probability: 75, closedAt: null });
  });

  it("sets the probability by dealProbability on a stage move: the stage's baseline plus signals, risks and competitor", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const deal = await agent.crm.opportunities.create({ title: "Fleet cover", value: 30_000, positiveSignals: ["budget approved", "decision maker engaged"], riskFactors: ["slow replies"] });
    // prospect 10 + 2 signals × 5 − 1 risk × 5
    expect(deal.probability).toBe(15);
    const moved = await agent.crm.opportunities.moveStage({ id: deal.id, stage: "negotiation" });
    expect(moved.probability).toBe(80);
    const detail = await agent.crm.opportunities.get({ id: deal.id });
    expect(detail.stageHistory.at(-1)).toMatchObject({ toStage: "negotiation", probability: 80 });
    expect(detail.scores.probability).toMatchObject({ score: 80, band: "hot" });
    expect(detail.scores.probability!.factors.find((factor) => factor.name === "stage")).toMatchObject({ value: 75, direction: "raises" });
    const lost = await agent.crm.opportunities.moveStage({ id: deal.id, stage: "closed_lost", lostReason: "Price" });
    expect(lost.probability).toBe(0);
    expect((await agent.crm.opportunities.get({ id: deal.id })).scores.probability).toMatchObject({ score: 0, confidence: "high" });
  });

  it("refuses a move to closed_lost without a reason, naming the field, and keeps the reason given", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const deal = await agent.crm.opportunities.create({ title: "Boat cover", stage: "quoted" });
    const refused: unknown = await agent.crm.opportunities.moveStage({ id: deal.id, stage: "closed_lost", lostReason: "  " }).catch((error: unknown) => error);
    expect(fieldErrorsOf(refused)).toEqual({ lostReason: ["Say why the deal was lost"] });
    expect((await agent.crm.opportunities.get({ id: deal.id })).stage).toBe("quoted");
    const lost = await agent.crm.opportunities.moveStage({ id: deal.id, stage: "closed_lost", lostReason: "Chose a cheaper carrier" });
    expect(lost).toMatchObject({ stage: "closed_lost", lostReason: "Chose a cheaper carrier" });
    const detail = await agent.crm.opportunities.get({ id: deal.id });
    expect(detail.timeline[0]).toMatchObject({ type: "stage_change", description: "Lost: Chose a cheaper carrier" });
    expect(await agent.crm.opportunities.moveStage({ id: deal.id, stage: "negotiation" })).toMatchObject({ lostReason: null });
  });

  it("changes nothing and publishes nothing when the stage is the current one", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const deal = await agent.crm.opportunities.create({ title: "Renters", stage: "qualified" });
    const before = publishedEvents(standIn).length;
    expect(await agent.crm.opportunities.moveStage({ id: deal.id, stage: "qualified" })).toMatchObject({ stage: "qualified", probability: 25 });
    expect(publishedEvents(standIn)).toHaveLength(before);
    expect((await agent.crm.opportunities.get({ id: deal.id })).stageHistory).toHaveLength(1);
  });

  it("lets a manager move a team member's deal and tells the owner", async () => {
    const org = await createTestOrganization();
    const deal = await callerFor(org.users.agent).crm.opportunities.create({ title: "Team deal" });
    await callerFor(org.users.manager).crm.opportunities.moveStage({ id: deal.id, stage: "qualified" });
    const event = publishedEvents(standIn).find((candidate) => candidate.name === "opportunity:updated" && candidate.data.id === deal.id);
    expect(event?.channels).toContain(userChannel(org.users.agent.userId));
    const [change] = await db.opportunityStageChange.findMany({ where: { opportunityId: deal.id, fromStage: "prospect" } });
    expect(change?.changedById).toBe(org.users.manager.userId);
  });
});

describe("crm.opportunities.addActivity", () => {
  it("logs an activity with outcome and next step, and moves the deal's lastActivityAt and the contact's lastContactAt", async () => {
    const org = await createTestOrganization();
    const { agent, contact } = await agentWithContact(org, { name: "Active Abe" });
    const deal = await agent.crm.opportunities.create({ title: "Auto + home", contactId: contact.id });
    const occurredAt = daysAgo(1);
    const activity = await agent.crm.opportunities.addActivity({
      opportunityId: deal.id,
      type: "call",
      description: "Walked through the quote",
      outcome: "Interested",
      nextStep: "Send revised quote",
      occurredAt,
    });
    expect(activity).toMatchObject({ type: "call", title: "Call", outcome: "Interested", nextStep: "Send revised quote", opportunityId: deal.id, contactId: contact.id });
    expect((await agent.crm.opportunities.get({ id: deal.id })).lastActivityAt).toEqual(occurredAt);
    expect((await agent.crm.contacts.get({ id: contact.id })).lastContactAt).toEqual(occurredAt);

    await agent.crm.opportunities.addActivity({ opportunityId: deal.id, type: "note", description: "Older note", occurredAt: daysAgo(5) });
    expect((await agent.crm.opportunities.get({ id: deal.id })).lastActivityAt).toEqual(occurredAt);
    const other = await addUser(org, "agent");
    await expect(callerFor(other).crm.opportunities.addActivity({ opportunityId: deal.id, type: "note", description: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("crm.opportunities list, forecast and stage stats on a known book", () => {
  const org = useTestOrganization();
  const southAgent = useAddedUser(org, "agent");
  const ids: Record<string, string> = {};
  const laterMonth = utcDate(now.getUTCFullYear(), now.getUTCMonth() + 2, 15);

  beforeAll(async () => {
    const { agent, contact } = await agentWithContact(org, { name: "Bookish Barbara" });
    const create = async (key: string, input: Parameters<typeof agent.crm.opportunities.create>[0], daysInStage: number, caller = agent) => {
      const created = await caller.crm.opportunities.create(input);
      ids[key] = created.id;
      await db.opportunity.update({ where: { id: created.id }, data: { stageEnteredAt: daysAgo(daysInStage), createdAt: daysAgo(daysInStage), lastActivityAt: daysAgo(1) } });
    };
    await create("A", { title: "Alpha quoted", value: 10_000, stage: "quoted", expectedCloseDate: todayUtc, contactId: contact.id }, 4);
    await create("B", { title: "Bravo negotiation", value: 20_000, stage: "negotiation", expectedCloseDate: laterMonth }, 6);
    await create("C", { title: "Charlie prospect", value: 4_000, expectedCloseDate: todayUtc }, 10);
    await create("G", { title: "Golf prospect", value: 6_000 }, 20);
    await create("D", { title: "Delta won", value: 50_000, stage: "closed_won" }, 2);
    await create("E", { title: "Echo lost", value: 8_000, stage: "closed_lost" }, 3);
    await create("F", { title: "Foxtrot elsewhere", value: 100_000, stage: "qualified" }, 5, callerFor(southAgent));
    // Golf has gone quiet: no activity for three weeks.
    await db.opportunity.update({ where: { id: ids.G! }, data: { lastActivityAt: daysAgo(21) } });
  });

  it("forecasts open deals: pipeline, weighted by probability, and this month's closings", async () => {
    expect(await callerFor(org.users.agent).crm.opportunities.forecast()).toMatchObject({
      openDeals: 4,
      totalPipeline: 40_000,
      weightedForecast: 21_000,
      dealsClosingThisMonth: 2,
      monthlyForecast: 5_400,
    });
    expect(await callerFor(org.users.admin).crm.opportunities.forecast({})).toMatchObject({
      openDeals: 5,
      totalPipeline: 140_000,
      weightedForecast: 46_000,
      dealsClosingThisMonth: 2,
      monthlyForecast: 5_400,
    });
  });

  it("reports every stage with count, value, average probability and average days in stage", async () => {
    const stats = await callerFor(org.users.agent).crm.opportunities.stageStats();
    expect(stats).toEqual([
      { stage: "prospect", count: 2, totalValue: 10_000, avgProbability: 10, avgDaysInStage: 15 },
      { stage: "qualified", count: 0, totalValue: 0, avgProbability: 0, avgDaysInStage: 0 },
      { stage: "quoted", count: 1, totalValue: 10_000, avgProbability: 50, avgDaysInStage: 4 },
      { stage: "negotiation", count: 1, totalValue: 20_000, avgProbability: 75, avgDaysInStage: 6 },
      { stage: "closed_won", count: 1, totalValue: 50_000, avgProbability: 100, avgDaysInStage: 2 },
      { stage: "closed_lost", count: 1, totalValue: 8_000, avgProbability: 0, avgDaysInStage: 3 },
    ]);
    const adminQualified = (await callerFor(org.users.admin).crm.opportunities.stageStats()).find((row) => row.stage === "qualified");
    expect(adminQualified).toEqual({ stage: "qualified", count: 1, totalValue: 100_000, avgProbability: 25, avgDaysInStage: 5 });
  });

  it("filters hot, at-risk and closing-soon deals as documented", async () => {
    const agent = callerFor(org.users.agent);
    const titles = async (filter: "hot" | "at-risk" | "closing-soon") =>
      (await agent.crm.opportunities.list({ filter, sort: "value" })).items.map((item) => item.title);
    expect(await titles("hot")).toEqual(["Bravo negotiation"]);
    expect(await titles("at-risk")).toEqual(["Golf prospect"]);
    expect(await titles("closing-soon")).toEqual(["Alpha quoted", "Charlie prospect"]);
    await db.opportunity.update({ where: { id: ids.C! }, data: { expectedCloseDate: utcDate(2020, 0, 1) } });
    expect(await titles("at-risk")).toEqual(["Golf prospect", "Charlie prospect"]);
    await db.opportunity.update({ where: { id: ids.C! }, data: { expectedCloseDate: todayUtc } });
  });

  it("searches titles and contact names, and pages by value without gaps", async () => {
    const agent = callerFor(org.users.agent);
    expect((await agent.crm.opportunities.list({ search: "bookish" })).items.map((item) => item.title)).toEqual(["Alpha quoted"]);
    expect((await agent.crm.opportunities.list({ search: "golf" })).items.map((item) => item.title)).toEqual(["Golf prospect"]);
    const first = await agent.crm.opportunities.list({ sort: "value", limit: 4 });
    const rest = await agent.crm.opportunities.list({ sort: "value", limit: 4, cursor: first.nextCursor! });
    expect([...first.items, ...rest.items].map((item) => item.value)).toEqual([50_000, 20_000, 10_000, 8_000, 6_000, 4_000]);
    expect(first.total).toBe(6);
    expect((await callerFor(org.users.manager).crm.opportunities.list({ stage: "qualified" })).total).toBe(0);
    expect((await callerFor(org.users.viewer).crm.opportunities.list({ stage: "qualified" })).total).toBe(1);
  });
});
