import { db, type Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { requireId, within } from "../../../access/organization-scope";
import { live, trashRetentionStart, TRASH_RETENTION_DAYS } from "../../../access/scopes/live-record";
import {
  trashedContactScope,
  trashedLeadScope,
  trashedNoteScope,
  trashedOpportunityScope,
  trashedPolicyScope,
  trashedTicketScope,
  type TrashEntityType,
} from "../../../access/scopes/trash-scope";
import { AppError, notFound } from "../../../errors";
import { auditedTransaction } from "../../audit";
import { undoMergeOf } from "../merge";
import { announceTrashChange, trashableTable, untrashed } from "./trash-mark";

// crm.trash.restore: a trashed record comes back as it was, within 30 days of its deletion. A
// contact comes back with its policies, activities and links, which were never removed; a
// record whose unique value was taken meanwhile (a policy number, a customer code) is refused.
// A contact or lead that a merge trashed also takes back what moved (merge/undo-merge.ts).

const names: Record<TrashEntityType, string> = { lead: "Lead", contact: "Contact", policy: "Policy", opportunity: "Opportunity", ticket: "Ticket", note: "Note" };

const conflict = (message: string, field?: string) => new AppError("CONFLICT", message, field ? { fieldErrors: { [field]: [message] } } : undefined);

type Trashed = { id: string; deletedAt: Date | null } | null;
const select = { id: true, deletedAt: true } as const;

/** A trashed record by id, within the actor's reach of the trash. */
const findTrashed: Record<TrashEntityType, (actor: Actor, byId: { id: string }) => Promise<Trashed>> = {
  lead: (actor, byId) => db.lead.findFirst({ where: within(trashedLeadScope(actor), byId), select }),
  contact: (actor, byId) => db.contact.findFirst({ where: within(trashedContactScope(actor), byId), select }),
  policy: (actor, byId) => db.policy.findFirst({ where: within(trashedPolicyScope(actor), byId), select }),
  opportunity: (actor, byId) => db.opportunity.findFirst({ where: within(trashedOpportunityScope(actor), byId), select }),
  ticket: (actor, byId) => db.ticket.findFirst({ where: within(trashedTicketScope(actor), byId), select }),
  note: (actor, byId) => db.activity.findFirst({ where: within(trashedNoteScope(actor), byId), select }),
};

export async function findInTrash(actor: Actor, entityType: TrashEntityType, id: string) {
  const record = await findTrashed[entityType](actor, { id: requireId(id) });
  if (!record) throw notFound(names[entityType]);
  return record;
}

/** What would stop the record from coming back: a unique value now held by a live record, a trashed parent. */
async function assertRestorable(db: Prisma.TransactionClient, organizationId: string, entityType: TrashEntityType, id: string) {
  if (entityType === "policy") {
    const policy = await db.policy.findUniqueOrThrow({ where: { id }, select: { policyNumber: true, contact: { select: { deletedAt: true } } } });
    if (policy.contact.deletedAt) throw conflict("Its contact is in the trash: restore the contact first");
    if (await db.policy.findFirst({ where: { organizationId, policyNumber: policy.policyNumber, ...live }, select: { id: true } })) {
      throw conflict(`Another policy now has the number ${policy.policyNumber}`, "policyNumber");
    }
  }
  if (entityType === "contact") {
    const { customerCode } = await db.contact.findUniqueOrThrow({ where: { id }, select: { customerCode: true } });
    if (customerCode && (await db.contact.findFirst({ where: { organizationId, customerCode, ...live }, select: { id: true } }))) {
      throw conflict(`Another contact now has the customer code ${customerCode}`, "customerCode");
    }
  }
}

export async function restoreFromTrash({ actor, entityType, id, now = new Date() }: { actor: Actor; entityType: TrashEntityType; id: string; now?: Date }) {
  const record = await findInTrash(actor, entityType, id);
  if (record.deletedAt && record.deletedAt < trashRetentionStart(now)) {
    throw conflict(`${names[entityType]} has been in the trash for more than ${TRASH_RETENTION_DAYS} days; it can only be purged`);
  }
  const where = { id: record.id, deletedAt: { not: null } };
  // The unique indexes (live rows only) still guard a race with a create; they end as CONFLICT.
  const undone = await auditedTransaction(async (tx) => {
    // A record a merge put here takes its records back first, and the survivor the values it had.
    const undoneMerge = entityType === "contact" || entityType === "lead" ? await undoMergeOf(tx, actor, entityType, record.id) : null;
    await assertRestorable(tx, actor.organizationId, entityType, record.id);
    await trashableTable(tx, entityType).updateMany({ where, data: untrashed });
    return undoneMerge;
  });
  await announceTrashChange(actor, entityType, record.id, "restored");
  return { entityType, id: record.id, ...(undone ? { mergeUndone: undone } : {}) };
}
