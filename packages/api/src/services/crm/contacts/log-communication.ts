import { auditedTransaction } from "../../audit";
import type { Sentiment } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { advanceLastContact, recordActivity } from "../activities";
import { rescoreContacts } from "../../scores";
import { findContactInScope } from "./contact-record";

export const communicationTypes = ["email", "call", "meeting", "note"] as const;
export type CommunicationType = (typeof communicationTypes)[number];

const defaultTitles: Record<CommunicationType, string> = {
  email: "Email",
  call: "Call",
  meeting: "Meeting",
  note: "Note",
};

export interface LogCommunicationInput {
  actor: Actor;
  contactId: string;
  type: CommunicationType;
  subject?: string;
  summary: string;
  sentiment?: Sentiment;
  occurredAt?: Date;
}

/**
 * Records a communication on the contact's timeline and moves lastContactAt forward to it (never
 * back: logging last month's call after today's keeps today). A note is not contact with the
 * client, so it leaves lastContactAt alone. The contact's health and churn are rescored after commit.
 */
export async function logCommunication({ actor, contactId, type, subject, summary, sentiment, occurredAt = new Date() }: LogCommunicationInput) {
  const contact = await findContactInScope(actor, contactId);
  const logged = await auditedTransaction(async (tx) => {
    const activity = await recordActivity(tx, {
      actor,
      type,
      title: subject?.trim() || defaultTitles[type],
      description: summary,
      sentiment: sentiment ?? null,
      occurredAt,
      contactId: contact.id,
    });
    if (type !== "note") await advanceLastContact(tx, contact.id, occurredAt);
    return activity;
  });
  await rescoreContacts({ actor, ids: [contact.id] });
  return logged;
}
