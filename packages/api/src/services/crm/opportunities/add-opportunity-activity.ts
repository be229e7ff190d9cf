import { auditedTransaction } from "../../audit";
import { db, type Sentiment } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { requireId, within } from "../../../access/organization-scope";
import { notFound } from "../../../errors";
import { advanceLastContact, recordActivity } from "../activities";
import { rescoreContacts, rescoreOpportunities } from "../../scores";
import { announceDealActivity } from "./deal-activity-recorded";

export const opportunityActivityTypes = ["call", "email", "meeting", "sms", "note"] as const;
export type OpportunityActivityType = (typeof opportunityActivityTypes)[number];

const defaultTitles: Record<OpportunityActivityType, string> = { call: "Call", email: "Email", meeting: "Meeting", sms: "SMS", note: "Note" };

export interface AddOpportunityActivityInput {
  actor: Actor;
  opportunityId: string;
  type: OpportunityActivityType;
  title?: string;
  description: string;
  outcome?: string;
  nextStep?: string;
  sentiment?: Sentiment;
  occurredAt?: Date;
}

/**
 * Logs an activity on an opportunity (it shows on the contact's timeline too) and moves the
 * deal's lastActivityAt forward to it; a call, email, SMS or meeting also counts as contact with
 * the client.
 */
export async function addOpportunityActivity({ actor, opportunityId, type, title, description, outcome, nextStep, sentiment, occurredAt = new Date() }: AddOpportunityActivityInput) {
  const opportunity = await db.opportunity.findFirst({
    where: within(ownedRecordScope(actor), { id: requireId(opportunityId, "opportunityId") }),
    select: { id: true, contactId: true },
  });
  if (!opportunity) throw notFound("Opportunity");
  const logged = await auditedTransaction(async (tx) => {
    const activity = await recordActivity(tx, {
      actor,
      type,
      title: title?.trim() || defaultTitles[type],
      description,
      outcome: outcome ?? null,
      nextStep: nextStep ?? null,
      sentiment: sentiment ?? null,
      occurredAt,
      opportunityId: opportunity.id,
      contactId: opportunity.contactId,
    });
    await tx.opportunity.updateMany({
      where: { id: opportunity.id, OR: [{ lastActivityAt: null }, { lastActivityAt: { lt: occurredAt } }] },
      data: { lastActivityAt: occurredAt },
    });
    if (type !== "note" && opportunity.contactId) await advanceLastContact(tx, opportunity.contactId, occurredAt);
    return activity;
  });
  // Recent activity moves the deal's confidence and the contact's health and churn now; the worker
  // rescores the deal again from the event (the activity's id makes a resend one rescore).
  await rescoreOpportunities({ actor, ids: [opportunity.id] });
  if (opportunity.contactId) await rescoreContacts({ actor, ids: [opportunity.contactId] });
  await announceDealActivity(actor, { opportunityId: opportunity.id, activityId: logged.id, reason: "activity" });
  return logged;
}
