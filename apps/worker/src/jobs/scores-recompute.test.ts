import { sendEvents } from "@harbor/api/jobs";
import { opportunityActivityRecorded } from "@harbor/api/events";
import { callerFor, createTestOrganization, publishedEvents, useRealtimeStandIn } from "@harbor/api/testing";
import { db } from "@harbor/db";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { EmbeddedRunner } from "../engine/embedded/runner";
import { requestFirstCronRuns } from "../engine/first-runs";
import { toInngestFunction } from "../engine/inngest-functions";
import { opportunityRescore, scoresRecompute, scoresRecomputeSchedule } from "./scores-recompute";

const DAY = 24 * 60 * 60 * 1000;
const recomputeFunction = toInngestFunction(scoresRecompute);

const standIn = useRealtimeStandIn();

const published = (name: string) => publishedEvents(standIn).filter((event) => event.name === name);

/** A client doing well: recent positive contact, active policies, a deal. */
async function seedClient(organizationId: string, ownerId: string) {
  const at = (days: number) => new Date(Date.now() + days * DAY);
  const contact = await db.contact.create({ data: { organizationId, ownerId, name: "Engaged Client", createdAt: at(-3 * 365), lastContactAt: at(-10) } });
  await db.activity.createMany({
    data: [
      { organizationId, contactId: contact.id, type: "call", title: "Call", sentiment: "positive", occurredAt: at(-5) },
      { organizationId, contactId: contact.id, type: "email", title: "Email", sentiment: "positive", occurredAt: at(-30) },
    ],
  });
  for (const [number, renewal] of [["P-1", 20], ["P-2", 300]] as const) {
    await db.policy.create({
      data: { organizationId, contactId: contact.id, policyNumber: number, type: "auto", carrier: "Acme", premium: 1000, startDate: at(-400), endDate: at(renewal), renewalDate: at(renewal), status: "active" },
    });
  }
  const opportunity = await db.opportunity.create({ data: { organizationId, ownerId, contactId: contact.id, title: "Home bundle", stage: "quoted", probability: 50 } });
  return { contactId: contact.id, opportunityId: opportunity.id };
}

/** What turns the client at risk: every policy cancelled and a run of complaints. */
async function turnAtRisk(organizationId: string, contactId: string) {
  await db.policy.updateMany({ where: { contactId }, data: { status: "cancelled" } });
  await db.ticket.createMany({ data: [1, 2, 3].map((number) => ({ organizationId, number, contactId, subject: "Complaint", createdAt: new Date(Date.now() - 15 * DAY) })) });
}

const recompute = (organizationId: string, before: Date, steps: { id: string; handler: () => unknown }[] = []) =>
  new InngestTestEngine({ function: recomputeFunction }).execute({
    events: [{ name: "harbor/scores.recompute.requested", data: { organizationId, before: before.toISOString() } }],
    steps,
  });

describe("nightly score recomputation", () => {
  it("recomputes every score in batches and notifies a contact's owner once when it crosses into at risk, however the run is retried", async () => {
    const org = await createTestOrganization();
    const agent = org.users.agent.userId;
    const { contactId } = await seedClient(org.organizationId, agent);

    // The first night is a baseline: scores stored, no crossing.
    const first = await recompute(org.organizationId, new Date(Date.now() - DAY));
    expect(first.result).toEqual({ contacts: 1, policies: 2, leads: 0, opportunities: 1, crossedIntoAtRisk: 0, notified: 0 });
    const stored = await db.storedScore.count({ where: { organizationId: org.organizationId } });
    expect(stored).toBeGreaterThan(0);

    await turnAtRisk(org.organizationId, contactId);
    const night = new Date();
    const second = await recompute(org.organizationId, night);
    expect(second.result).toMatchObject({ contacts: 1, crossedIntoAtRisk: 1, notified: 1 });

    // The notify step retried with the recompute step's memoized result: no second notification,
    // and recomputing again rewrites the same score rows rather than adding any.
    const retried = await recompute(org.organizationId, night, [{ id: "recompute-contacts", handler: () => ({ contacts: 1, crossedIntoAtRisk: [contactId] }) }]);
    expect(retried.result).toMatchObject({ crossedIntoAtRisk: 1, notified: 0 });
    expect(await db.storedScore.count({ where: { organizationId: org.organizationId } })).toBe(stored);

    const notifications = await db.notification.findMany({ where: { organizationId: org.organizationId, type: "contact_at_risk" } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ userId: agent, priority: "high", data: { contactId } });
    expect(published("contact:at_risk").map((event) => [event.channels, event.data.id])).toEqual([[[`private-user-${agent}`], contactId]]);

    const runs = await db.jobRun.findMany({ where: { organizationId: org.organizationId, functionId: "scores-recompute-organization" } });
    expect(runs.map((run) => run.status)).toEqual(["completed", "completed", "completed"]);
  });

  it("runs on the embedded runner: the cron's first run fans out and each organization's recompute is recorded with its counts", async () => {
    const org = await createTestOrganization();
    await seedClient(org.organizationId, org.users.agent.userId);
    expect(await requestFirstCronRuns([scoresRecomputeSchedule])).toEqual(["scores-recompute-schedule"]);
    const runner = new EmbeddedRunner({ jobs: [scoresRecomputeSchedule, scoresRecompute] });
    for (let round = 0; round < 5; round += 1) await runner.drain();

    const run = await db.jobRun.findFirst({ where: { organizationId: org.organizationId, functionId: "scores-recompute-organization" } });
    expect(run).toMatchObject({ engine: "embedded", status: "completed", result: { contacts: 1, policies: 2, leads: 0, opportunities: 1, crossedIntoAtRisk: 0, notified: 0 } });
    expect(await db.storedScore.count({ where: { organizationId: org.organizationId, entityType: "contact" } })).toBe(2);
  });
});

describe("deal rescore on activity and stage events", () => {
  it("rescores the deal named by the event, once per event id on the embedded runner", async () => {
    const org = await createTestOrganization();
    const { opportunityId } = await seedClient(org.organizationId, org.users.agent.userId);
    await db.opportunity.update({ where: { id: opportunityId }, data: { stage: "negotiation" } });
    const event = opportunityActivityRecorded.create({ organizationId: org.organizationId, opportunityId, reason: "stage_changed" }, { id: `rescore-${opportunityId}` });
    await sendEvents([event]);
    await sendEvents([event]);
    await new EmbeddedRunner({ jobs: [opportunityRescore] }).drain();

    const runs = await db.jobRun.findMany({ where: { organizationId: org.organizationId, functionId: "opportunity-rescore" } });
    expect(runs.map((run) => [run.status, run.result])).toEqual([["completed", { opportunities: 1 }]]);
    const score = await db.storedScore.findFirstOrThrow({ where: { entityId: opportunityId, kind: "probability" } });
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: opportunityId } })).probability).toBe(score.score);
  });

  it("is sent by logging a deal's activity and by moving its stage", async () => {
    const org = await createTestOrganization();
    const { opportunityId } = await seedClient(org.organizationId, org.users.agent.userId);
    const agent = callerFor(org.users.agent);
    await agent.crm.opportunities.addActivity({ opportunityId, type: "call", description: "Talked terms" });
    await agent.crm.opportunities.moveStage({ id: opportunityId, stage: "negotiation" });
    const events = await db.jobEvent.findMany({ where: { name: "harbor/crm.opportunity.activity-recorded" }, select: { data: true } });
    const mine = events.map((row) => row.data as { opportunityId: string; reason: string }).filter((data) => data.opportunityId === opportunityId);
    expect(mine.map((data) => data.reason).sort()).toEqual(["activity", "stage_changed"]);
  });

  it("is sent when a task on the deal is completed and when a lead is converted into a deal, once per activity", async () => {
    const org = await createTestOrganization();
    const { opportunityId } = await seedClient(org.organizationId, org.users.agent.userId);
    const agent = callerFor(org.users.agent);
    const sentFor = async (id: string) =>
      (await db.jobEvent.findMany({ where: { name: "harbor/crm.opportunity.activity-recorded" }, select: { id: true, data: true } })).filter(
        (row) => (row.data as { opportunityId: string }).opportunityId === id,
      );

    const task = await agent.crm.tasks.create({ title: "Send the quote", opportunityId });
    expect(await sentFor(opportunityId)).toHaveLength(0);
    await agent.crm.tasks.update({ id: task.id, status: "completed" });
    await agent.crm.tasks.update({ id: task.id, title: "Send the signed quote" });
    const [completed] = await sentFor(opportunityId);
    const activity = await db.activity.findFirstOrThrow({ where: { opportunityId, type: "task" } });
    expect(completed).toMatchObject({ id: `opportunity-activity-${activity.id}`, data: { reason: "activity" } });
    expect(await sentFor(opportunityId)).toHaveLength(1);

    const lead = await agent.crm.leads.create({ kind: "client", name: "Converted Client", email: `converted-${opportunityId.slice(0, 8)}@example.test` });
    const converted = await agent.crm.leads.convert({ id: lead.id });
    const dealId = "opportunity" in converted && converted.opportunity ? converted.opportunity.id : "";
    expect(await sentFor(dealId)).toHaveLength(1);
  });
});
