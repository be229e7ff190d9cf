import type { Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import type { TrashEntityType } from "../../../access/scopes/trash-scope";
import { publish, type RecordEventName } from "../../../realtime";

/** The columns that put a record in the trash, and who did it. */
export function trashMark(actor: Actor, now = new Date()) {
  return { deletedAt: now, deletedById: actor.kind === "user" ? actor.userId : null };
}

/** The columns that take a record out of the trash. */
export const untrashed = { deletedAt: null, deletedById: null } as const;

/** A trashable table as trashing and restoring write it: marks set or cleared on the rows a where finds. */
interface TrashableTable {
  updateMany(args: { where: { id: string | { in: string[] }; organizationId?: string; deletedAt?: { not: null } }; data: { deletedAt: Date | null; deletedById: string | null } }): Promise<{ count: number }>;
}

/** The table of a trashable kind of record (a note is an activity), in a transaction. */
export function trashableTable(tx: Prisma.TransactionClient, entityType: TrashEntityType): TrashableTable {
  const tables: Record<TrashEntityType, TrashableTable> = { lead: tx.lead, contact: tx.contact, policy: tx.policy, opportunity: tx.opportunity, ticket: tx.ticket, note: tx.activity };
  return tables[entityType];
}

const recordEvents: Partial<Record<TrashEntityType, RecordEventName>> = { lead: "lead:updated", opportunity: "opportunity:updated", ticket: "ticket:updated" };

/**
 * Tells the organization a record left or came back from the trash (after commit); screens
 * refetch. No record fields: a trashed record is no one's to see.
 */
export function announceTrashChange(actor: Actor, entityType: TrashEntityType, id: string, change: "deleted" | "restored") {
  const name = recordEvents[entityType];
  if (!name) return Promise.resolve();
  return publish({ name, organizationId: actor.organizationId, userIds: [], data: { id, change } });
}
