import { auditedTransaction } from "../../audit";
import type { Sentiment } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { recordActivity } from "../activities";
import { rescoreLead, scoreOf } from "./lead-fields";
import { findLeadInScope, leadSelect, publishLeadUpdated, withMoney } from "./lead-record";

export const loggableLeadActivityTypes = ["note", "call", "email", "sms", "meeting"] as const;
export type LoggableLeadActivityType = (typeof loggableLeadActivityTypes)[number];

const defaultTitles: Record<LoggableLeadActivityType, string> = {
  note: "Note",
  call: "Call logged",
  email: "Email logged",
  sms: "Text message logged",
  meeting: "Meeting logged",
};

export interface AddLeadActivityInput {
  actor: Actor;
  leadId: string;
  type: LoggableLeadActivityType;
  description: string;
  title?: string | null;
  outcome?: string | null;
  nextStep?: string | null;
  sentiment?: Sentiment | null;
  occurredAt?: Date;
}

/**
 * Logs a note or an interaction on a lead's timeline. An interaction (anything but a note) moves
 * the lead's last interaction forward, which feeds the score's recency points; every activity
 * counts toward engagement, so the stored score is recomputed after commit.
 */
export async function addLeadActivity({ actor, leadId, type, title, occurredAt = new Date(), ...details }: AddLeadActivityInput) {
  const { activity, lead: written } = await auditedTransaction(async (tx) => {
    const current = await findLeadInScope(actor, leadId, leadSelect, tx);
    const activity = await recordActivity(tx, {
      actor,
      type,
      title: title?.trim() || defaultTitles[type],
      ...details,
      occurredAt,
      leadId: current.id,
    });
    const isInteraction = type !== "note";
    const lastInteractionAt =
      isInteraction && (!current.lastInteractionAt || current.lastInteractionAt < occurredAt) ? occurredAt : current.lastInteractionAt;
    const lead =
      lastInteractionAt === current.lastInteractionAt
        ? current
        : await tx.lead.update({
            where: { id: current.id },
            data: { lastInteractionAt, score: scoreOf({ ...withMoney(current), lastInteractionAt }) },
            select: leadSelect,
          });
    return { activity, lead };
  });
  const lead = await rescoreLead(actor, written);
  await publishLeadUpdated(lead, { organizationId: actor.organizationId, change: "activity", extra: { activityId: activity.id } });
  return activity;
}
