import { Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { within } from "../../../access/organization-scope";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { policyScope } from "../../../access/scopes/policy-scope";
import { taskScope } from "../../../access/scopes/task-scope";
import { createNotifications } from "../../notifications/notify";
import type { BulkEntity } from "./bulk-selection";

// The set-based writes bulk actions and the book transfer share: the selected rows the actor's
// record rules reach (access/scopes — the rest are never touched, only counted), a new owner for
// many rows in one statement, their timeline entries in one insert, and one notification to the
// receiver.

type Tx = Prisma.TransactionClient;

export interface ScopedRow {
  id: string;
  /** The owner (the assignee for tasks). */
  userId: string | null;
  /** Lead status, deal stage, task status or policy status; null for contacts. */
  status: string | null;
}

/** The selected records within the actor's scope (live, reachable), in one read. */
export async function findScoped(tx: Tx, actor: Actor, entity: BulkEntity, ids: string[]): Promise<ScopedRow[]> {
  const id = { in: ids };
  switch (entity) {
    case "lead":
      return (await tx.lead.findMany({ where: within(ownedRecordScope(actor), { id }), select: { id: true, ownerId: true, status: true } })).map((row) => ({ id: row.id, userId: row.ownerId, status: row.status }));
    case "contact":
      return (await tx.contact.findMany({ where: within(ownedRecordScope(actor), { id }), select: { id: true, ownerId: true } })).map((row) => ({ id: row.id, userId: row.ownerId, status: null }));
    case "opportunity":
      return (await tx.opportunity.findMany({ where: within(ownedRecordScope(actor), { id }), select: { id: true, ownerId: true, stage: true } })).map((row) => ({ id: row.id, userId: row.ownerId, status: row.stage }));
    case "task":
      return (await tx.task.findMany({ where: within(taskScope(actor), { id }), select: { id: true, assigneeId: true, status: true } })).map((row) => ({ id: row.id, userId: row.assigneeId, status: row.status }));
    case "policy":
      return (await tx.policy.findMany({ where: within(policyScope(actor), { id }), select: { id: true, ownerId: true, status: true } })).map((row) => ({ id: row.id, userId: row.ownerId, status: row.status }));
  }
}

/** Gives the rows a new owner (assignee for tasks); a contact's policies follow it, as in updateContact. */
export async function setOwner(tx: Tx, organizationId: string, entity: BulkEntity, ids: string[], userId: string) {
  if (ids.length === 0) return;
  const where = { organizationId, id: { in: ids } };
  switch (entity) {
    case "lead":
      await tx.lead.updateMany({ where, data: { ownerId: userId } });
      return;
    case "contact":
      await tx.contact.updateMany({ where, data: { ownerId: userId } });
      await tx.policy.updateMany({ where: { organizationId, contactId: { in: ids } }, data: { ownerId: userId } });
      return;
    case "opportunity":
      await tx.opportunity.updateMany({ where, data: { ownerId: userId } });
      return;
    case "task":
      await tx.task.updateMany({ where, data: { assigneeId: userId } });
      return;
    case "policy":
      await tx.policy.updateMany({ where, data: { ownerId: userId } });
      return;
  }
}

const timelineLink = { lead: Prisma.raw("lead_id"), contact: Prisma.raw("contact_id"), opportunity: Prisma.raw("opportunity_id") } as const satisfies Partial<Record<BulkEntity, Prisma.Sql>>;

export interface TimelineEntry {
  id: string;
  title: string;
  metadata: Prisma.InputJsonValue;
  /** Also on this contact's timeline (a deal's). */
  contactId?: string | null;
}

/**
 * One timeline entry per record (leads, contacts and deals have timelines) in one INSERT from
 * arrays: Prisma's createMany took 14 s for 5,000 rows on the shared machine (it splits the rows
 * under the bind-parameter limit), this 0.5 s.
 */
export async function recordTimeline(tx: Tx, actor: Actor, entity: BulkEntity, type: "system" | "status_change" | "stage_change", entries: TimelineEntry[], occurredAt = new Date()) {
  if (!(entity in timelineLink) || entries.length === 0) return;
  const link = timelineLink[entity as keyof typeof timelineLink];
  const contactColumn = entity === "contact" ? Prisma.empty : Prisma.sql`, contact_id`;
  const contactValue = entity === "contact" ? Prisma.empty : Prisma.sql`, entry.contact_id`;
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO activities (organization_id, actor_id, type, title, metadata, occurred_at, ${link}${contactColumn})
    SELECT ${actor.organizationId}::uuid, ${actor.kind === "user" ? actor.userId : null}::uuid, ${type}::"ActivityType", entry.title, entry.metadata, ${occurredAt}, entry.id${contactValue}
      FROM unnest(${entries.map((entry) => entry.id)}::uuid[], ${entries.map((entry) => entry.title)}::text[], ${entries.map((entry) => JSON.stringify(entry.metadata))}::jsonb[],
                  ${entries.map((entry) => entry.contactId ?? null)}::uuid[]) AS entry(id, title, metadata, contact_id)`);
}

const nouns: Record<BulkEntity, [string, string]> = {
  lead: ["lead", "leads"],
  contact: ["contact", "contacts"],
  opportunity: ["deal", "deals"],
  task: ["task", "tasks"],
  policy: ["policy", "policies"],
};

const listPaths: Record<BulkEntity, string> = { lead: "/crm/leads", contact: "/crm/contacts", opportunity: "/crm/pipeline", task: "/crm/tasks", policy: "/crm/policies" };

/** "3 leads", "1 deal". */
export function countOf(entity: BulkEntity, count: number) {
  const [one, many] = nouns[entity];
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}

/**
 * Tells the receiver, in the transaction that handed them records, what they received — one
 * notification, however many records — unless they handed the records to themselves. Returns
 * the announcement to make after commit.
 */
export async function notifyReceiver(tx: Tx, actor: Actor, { userId, received, message, type }: { userId: string; received: Partial<Record<BulkEntity, number>>; message: string; type: string }) {
  const counts = (Object.entries(received) as [BulkEntity, number][]).filter(([, count]) => count > 0);
  if (counts.length === 0 || (actor.kind === "user" && actor.userId === userId)) return async () => {};
  const [first] = counts;
  const { announce } = await createNotifications(tx, [
    {
      organizationId: actor.organizationId,
      userId,
      type,
      title: `${counts.map(([entity, count]) => countOf(entity, count)).join(", ")} assigned to you`,
      message,
      actionUrl: counts.length === 1 ? listPaths[first![0]] : "/crm",
      data: Object.fromEntries(counts),
    },
  ]);
  return announce;
}
