import { db, type ActivityType, type Prisma, type Sentiment } from "@harbor/db";
import { notFound } from "../../errors";
import { requireId, within } from "../../access/organization-scope";
import { noteScope } from "../../access/scopes/note-scope";
import { trashMark } from "./trash";
import { auditedTransaction } from "../audit";
import { live } from "../../access/scopes/live-record";
import type { Actor } from "../../access/actor";
import { summarySelect } from "../summary-select";

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
