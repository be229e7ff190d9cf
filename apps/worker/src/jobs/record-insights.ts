import { insightsRequested } from "@harbor/api/events";
import { INSIGHTS_FUNCTION_ID, recordsWithNewActivity, refreshRecordInsights } from "@harbor/api/services/copilot/record-insights";
import { defineFanOutCronJob } from "./fan-out";
import { defineOrganizationJob } from "./organization-job";

// Hourly AI insights: for each organization, the contacts and deals with activity since its last
// completed run get fresh insights through the copilot's insight service, stored as their latest
// (record_insights). One step per record: a retry regenerates only the records not done yet, and
// each store replaces the record's row, so nothing is written twice.

export const insightsSchedule = defineFanOutCronJob({
  id: "insights-schedule",
  name: "Insights: schedule the hourly run",
  cron: "TZ=UTC 0 * * * *",
  fanOutStep: "fan-out-insights",
  // One run per organization and hour.
  eventFor: (organizationId, until) => insightsRequested.create({ organizationId, until }, { id: `insights-${organizationId}-${until.slice(0, 13)}` }),
});

export const recordInsights = defineOrganizationJob({
  id: INSIGHTS_FUNCTION_ID,
  name: "Insights: generate insights for contacts and deals with new activity",
  event: insightsRequested,
  concurrency: 2,
  systemActor: "jobs.insights",
  handler: async ({ event, step, actor }) => {
    const { until } = event.data;
    const found = await step.run("find-records", async () => {
      const { since, targets } = await recordsWithNewActivity({ actor, until: new Date(until) });
      return { since, targets: targets.map((target) => ({ ...target })) };
    });
    for (const target of found.targets) {
      await step.run(`insights-${target.entityType}-${target.entityId}`, async () => {
        const { provider, withheld } = await refreshRecordInsights({ actor, ...target, now: new Date(until) });
        return { provider, withheld };
      });
    }
    // `until` marks how far activity has been read: the next run starts there.
    return { since: found.since, until, generated: found.targets.length };
  },
});
