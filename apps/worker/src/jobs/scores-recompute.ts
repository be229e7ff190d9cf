import { opportunityActivityRecorded, scoresRecomputeRequested } from "@harbor/api/events";
import { notifyContactsAtRisk, SCORES_RECOMPUTE_FUNCTION_ID } from "@harbor/api/services/jobs/index";
import { recomputeOrganizationScores, rescoreOpportunities } from "@harbor/api/services/scores/index";
import { defineFanOutCronJob } from "./fan-out";
import { defineOrganizationJob } from "./organization-job";

// The nightly score recomputation: the cron fans out one event per organization; each
// organization's run recomputes in batches (services/scores), contacts first in their own step so
// the contacts that crossed into at risk are memoized before their owners are notified (once per
// crossing, keyed by the night's instant). Upserts make a retried recompute step rewrite the same
// scores, never add rows.

export const scoresRecomputeSchedule = defineFanOutCronJob({
  id: "scores-recompute-schedule",
  name: "Scores: schedule the nightly recomputation",
  cron: "TZ=UTC 30 2 * * *",
  fanOutStep: "fan-out-recompute",
  eventFor: (organizationId, before) => scoresRecomputeRequested.create({ organizationId, before }, { id: `scores-recompute-${organizationId}-${before.slice(0, 10)}` }),
});

export const scoresRecompute = defineOrganizationJob({
  id: SCORES_RECOMPUTE_FUNCTION_ID,
  name: "Scores: recompute an organization's health, churn, lead, deal and renewal scores",
  event: scoresRecomputeRequested,
  concurrency: 2,
  systemActor: "jobs.scores.recompute",
  handler: async ({ event, step, actor }) => {
    const now = new Date(event.data.before);
    const contacts = await step.run("recompute-contacts", async () => {
      const result = await recomputeOrganizationScores({ actor, kinds: ["contacts"], now });
      return { contacts: result.contacts, crossedIntoAtRisk: result.crossedIntoAtRisk };
    });
    const { notified } = await step.run("notify-at-risk", () => notifyContactsAtRisk({ actor, contactIds: contacts.crossedIntoAtRisk, crossedAt: now }));
    const others = await step.run("recompute-policies-leads-opportunities", async () => {
      const { policies, leads, opportunities } = await recomputeOrganizationScores({ actor, kinds: ["policies", "leads", "opportunities"], now });
      return { policies, leads, opportunities };
    });
    return { contacts: contacts.contacts, ...others, crossedIntoAtRisk: contacts.crossedIntoAtRisk.length, notified };
  },
});

/** A deal's activity or stage move rescores its probability; one rescore per event id on either engine. */
export const opportunityRescore = defineOrganizationJob({
  id: "opportunity-rescore",
  name: "Scores: rescore a deal after its activity or stage changed",
  event: opportunityActivityRecorded,
  concurrency: 5,
  systemActor: "jobs.scores.opportunity",
  handler: async ({ event, step, actor }) =>
    step.run("rescore-opportunity", async () => {
      const { opportunities } = await rescoreOpportunities({ actor, ids: [event.data.opportunityId] });
      return { opportunities };
    }),
});
