import { callerFor, createTestOrganization } from "@harbor/api/testing";
import { db } from "@harbor/db";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { EmbeddedRunner } from "../engine/embedded/runner";
import { requestFirstCronRuns } from "../engine/first-runs";
import { toInngestFunction } from "../engine/inngest-functions";
import { insightsSchedule, recordInsights } from "./record-insights";

const HOUR = 60 * 60 * 1000;
const insightsFunction = toInngestFunction(recordInsights);

const run = (organizationId: string, until: Date, steps: { id: string; handler: () => unknown }[] = []) =>
  new InngestTestEngine({ function: insightsFunction }).execute({
    events: [{ name: "harbor/insights.requested", data: { organizationId, until: until.toISOString() } }],
    steps,
  });

async function seed(organizationId: string, ownerId: string) {
  const contact = await db.contact.create({ data: { organizationId, ownerId, name: "Dana Client" } });
  const quiet = await db.contact.create({ data: { organizationId, ownerId, name: "Quiet Client" } });
  const deal = await db.opportunity.create({ data: { organizationId, ownerId, contactId: contact.id, title: "Auto renewal", stage: "quoted", probability: 50 } });
  await db.activity.create({ data: { organizationId, contactId: contact.id, opportunityId: deal.id, type: "call", title: "Call", createdAt: new Date(Date.now() - HOUR / 2) } });
  await db.activity.create({ data: { organizationId, contactId: quiet.id, type: "call", title: "Old call", createdAt: new Date(Date.now() - 30 * 24 * HOUR) } });
  return { contactId: contact.id, quietId: quiet.id, dealId: deal.id };
}

describe("hourly insights", () => {
  it("stores insights for the contacts and deals with new activity, once per record, and the next run starts where it stopped", async () => {
    const org = await createTestOrganization();
    const { contactId, quietId, dealId } = await seed(org.organizationId, org.users.agent.userId);
    const until = new Date();

    const first = await run(org.organizationId, until);
    expect(first.result).toMatchObject({ until: until.toISOString(), generated: 2 });
    const stored = await db.recordInsight.findMany({ where: { organizationId: org.organizationId }, orderBy: { entityType: "asc" } });
    expect(stored.map((row) => [row.entityType, row.entityId, row.provider])).toEqual([
      ["contact", contactId, "offline"],
      ["opportunity", dealId, "offline"],
    ]);
    expect(stored[0]!.summary.length).toBeGreaterThan(0);

    // A retry replaying the finding step (the records' steps run again): the same two rows, replaced.
    const retried = await run(org.organizationId, until, [
      { id: "find-records", handler: () => ({ since: (first.result as { since: string }).since, targets: [{ entityType: "contact", entityId: contactId }] }) },
    ]);
    expect(retried.result).toMatchObject({ generated: 1 });
    expect(await db.recordInsight.count({ where: { organizationId: org.organizationId } })).toBe(2);

    // Nothing new since the last completed run: nothing generated.
    expect((await run(org.organizationId, new Date(until.getTime() + HOUR))).result).toMatchObject({ since: until.toISOString(), generated: 0 });

    // The record shows the stored insights at once; someone who may not see it gets NOT_FOUND.
    const latest = await callerFor(org.users.agent).copilot.latestInsights({ entityType: "opportunity", entityId: dealId });
    expect(latest).toMatchObject({ entityType: "opportunity", entityId: dealId, provider: "offline" });
    expect(await callerFor(org.users.agent).copilot.latestInsights({ entityType: "contact", entityId: quietId })).toBeNull();
    const other = await createTestOrganization("Other");
    await expect(callerFor(other.users.admin).copilot.latestInsights({ entityType: "contact", entityId: contactId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("runs on the embedded runner from the cron's first run", async () => {
    const org = await createTestOrganization();
    await seed(org.organizationId, org.users.agent.userId);
    await requestFirstCronRuns([insightsSchedule]);
    const runner = new EmbeddedRunner({ jobs: [insightsSchedule, recordInsights] });
    for (let round = 0; round < 5; round += 1) await runner.drain();
    const runs = await db.jobRun.findMany({ where: { organizationId: org.organizationId, functionId: "insights-organization" } });
    expect(runs.map((row) => [row.engine, row.status, (row.result as { generated: number }).generated])).toEqual([["embedded", "completed", 2]]);
  });
});
