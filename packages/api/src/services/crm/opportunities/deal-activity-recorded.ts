import type { Actor } from "../../../access/actor";
import { opportunityActivityRecorded } from "../../../events/scores";
import { sendEventsAfterCommit } from "../../../jobs/send-events";

/**
 * After commit, wherever an activity lands on a deal (logged on it, a stage move, a task on it
 * completed, a lead converted into it): the worker rescores the deal's probability from this
 * event. The activity's id is the event's, so a resend is one rescore.
 */
export function announceDealActivity(actor: Actor, { opportunityId, activityId, reason }: { opportunityId: string; activityId: string; reason: "activity" | "stage_changed" }) {
  return sendEventsAfterCommit([
    opportunityActivityRecorded.create({ organizationId: actor.organizationId, opportunityId, reason }, { id: `opportunity-activity-${activityId}` }),
  ]);
}
