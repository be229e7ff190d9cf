import { eventType } from "inngest";
import { z } from "zod";

/** Fan-out of the nightly score recomputation: one event per organization and night. */
export const scoresRecomputeRequested = eventType("harbor/scores.recompute.requested", {
  schema: z.object({
    organizationId: z.uuid(),
    /** The recompute's instant: the scores' computedAt, and the key of each at-risk crossing. */
    before: z.iso.datetime(),
  }),
});

/** Fan-out of the hourly insights run: one event per organization and hour. */
export const insightsRequested = eventType("harbor/insights.requested", {
  schema: z.object({
    organizationId: z.uuid(),
    /** Activity logged up to this instant is read. */
    until: z.iso.datetime(),
  }),
});

/**
 * A deal's activity was logged or its stage moved (sent after commit by the services that do it):
 * its probability is rescored. The event id is the activity's, so a resend is one rescore.
 */
export const opportunityActivityRecorded = eventType("harbor/crm.opportunity.activity-recorded", {
  schema: z.object({
    organizationId: z.uuid(),
    opportunityId: z.uuid(),
    reason: z.enum(["activity", "stage_changed"]),
  }),
});
