import { db, type ActivityType, type Prisma, type Sentiment } from "@harbor/db";
import { notFound } from "../../errors";
import { requireId, within } from "../../access/organization-scope";
import { noteScope } from "../../access/scopes/note-scope";
import { trashMark } from "./trash";
import { auditedTransaction } from "../audit";
import { live } from "../../access/scopes/live-record";
import type { Actor } from "../../access/actor";
import { summarySelect } from "../summary-select";
import { ownedRecordScope } from "../../access/scopes/owned-record-scope";
import { newestFirst, readModelList, type ListPageInput } from "../pagination";

// The activity timeline shared by leads, contacts and opportunities. An activity may belong to
// several of them at once (a call logged on an opportunity also shows on its contact).

export interface ActivityInput {
  actor: Actor;
  type: ActivityType;
  title: string;
  description?: string | null;
  outcome?: string | null;
  nextStep?: string | null;
  sentiment?: Sentiment | null;
  occurredAt?: Date;
  leadId?: string | null;
  contactId?: string | null;
  opportunityId?: string | null;
  metadata?: Prisma.InputJsonValue;
}

export const activitySelect = {
  id: true,
  type: true,
  title: true,
  description: true,
  outcome: true,
  nextStep: true,
  sentiment: true,
  occurredAt: true,
  leadId: true,
  contactId: true,
  opportunityId: true,
  actor: summarySelect,
} as const satisfies Prisma.ActivitySelect;

type ActivityWriter = Pick<Prisma.TransactionClient, "activity">;

/** Records an activity; pass the transaction client when it belongs to a larger change. */
export function recordActivity(writer: ActivityWriter, input: ActivityInput) {
  const { actor, ...fields } = input;
  return writer.activity.create({
    data: {
      ...fields,
      organizationId: actor.organizationId,
      actorId: actor.kind === "user" ? actor.userId : null,
      occurredAt: fields.occurredAt ?? new Date(),
    },
    select: activitySelect,
  });
}

/** Moves a contact's lastContactAt forward to `at` after a logged interaction, never back (last month's call logged after today's keeps today). */
export function advanceLastContact(tx: Pick<Prisma.TransactionClient, "contact">, contactId: string, at: Date) {
  return tx.contact.updateMany({ where: { id: contactId, OR: [{ lastContactAt: null }, { lastContactAt: { lt: at } }] }, data: { lastContactAt: at } });
}

/** A Prisma select of the named columns: what a change reads before and after to say what it changed. */
export function fieldSelect(fields: readonly string[]): Record<string, true> {
  return Object.fromEntries(fields.map((field) => [field, true]));
}

/** The fields read before a change whose stored value differs after it (JSON columns compared by value). */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(before).filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
}

/** "dateOfBirth" → "date of birth", "ownerId" → "owner": field names as a timeline entry says them. */
export function fieldLabel(field: string): string {
  return field.replace(/Id$/, "").replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}

/** Moves a note to the trash (crm:delete): a note on a lead, contact or opportunity the actor may see. */
export async function deleteNote({ actor, id }: { actor: Actor; id: string }) {
  const note = await db.activity.findFirst({ where: within(noteScope(actor), { id: requireId(id) }), select: { id: true } });
  if (!note) throw notFound("Note");
  await auditedTransaction((tx) => tx.activity.update({ where: { id: note.id }, data: trashMark(actor), select: { id: true } }));
  return { id: note.id };
}

/**
 * The newest activities of one record. The caller has already checked the record is within the
 * actor's reach; `organizationId` is still applied so the query can never cross tenants.
 */
export function listTimeline({
  organizationId,
  on,
  limit = 50,
}: {
  organizationId: string;
  on: { leadId: string } | { contactId: string } | { opportunityId: string };
  limit?: number;
}) {
  return db.activity.findMany({
    where: { organizationId, ...on, ...live },
    select: activitySelect,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}

/** The records whose timeline can be paged, each found within the actor's record scope. */
const timelineOwners = {
  contact: { key: "contactId", find: (where: Prisma.ContactWhereInput) => db.contact.findFirst({ where, select: { id: true } }), label: "Contact" },
  lead: { key: "leadId", find: (where: Prisma.LeadWhereInput) => db.lead.findFirst({ where, select: { id: true } }), label: "Lead" },
} as const;

export type TimelineOwner = keyof typeof timelineOwners;

export interface TimelinePageInput extends Omit<ListPageInput, "search"> {
  of: TimelineOwner;
  id: string;
  /** Only these kinds of activity; every kind when absent or empty. */
  types?: ActivityType[];
}

/**
 * One page of a contact's or lead's timeline, newest first, keyset-paged over (occurredAt, id) with
 * the capped first-page total every list has; NOT_FOUND for a record outside the actor's scope.
 */
export async function listTimelinePage({ actor, of, id, cursor, limit, types }: TimelinePageInput) {
  const owner = timelineOwners[of];
  const record = await owner.find(within(ownedRecordScope(actor), { id: requireId(id) }));
  if (!record) throw notFound(owner.label);
  const where: Prisma.ActivityWhereInput = {
    organizationId: actor.organizationId,
    [owner.key]: record.id,
    ...live,
    ...(types && types.length > 0 ? { type: { in: types } } : {}),
  };
  return readModelList({ model: db.activity, select: activitySelect, where, sort: newestFirst("occurredAt"), cursor, limit });
}
