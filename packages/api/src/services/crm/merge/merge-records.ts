import { db, Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { requireId, within } from "../../../access/organization-scope";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { AppError, notFound } from "../../../errors";
import { auditedTransaction } from "../../audit";
import { rescoreContacts, rescoreLeads } from "../../scores";
import { recordActivity } from "../activities";
import { announceTrashChange, trashMark } from "../trash";
import { lastTouchField, mergeFieldsOf, planMerge, toUpdateData, type FieldChoice, type MergeEntityType } from "./merge-fields";
import { movesOf, type MovedIds } from "./merge-moves";

// crm.contacts.merge and crm.leads.merge, in one transaction: the survivor takes the picked
// values, every record of the loser (timeline, policies, deals, tasks, tickets, appointments,
// renewal cases) moves to it in one UPDATE per table, and the loser goes to the trash. What moved
// and the survivor's values before are kept in record_merges, so restoring the loser from the
// trash (crm.trash.restore) undoes the merge.

export interface MergeInput {
  actor: Actor;
  survivorId: string;
  loserId: string;
  fields?: Partial<Record<string, FieldChoice>>;
}

const names: Record<MergeEntityType, string> = { contact: "Contact", lead: "Lead" };

function selectOf(entityType: MergeEntityType) {
  const select: Record<string, true> = { id: true, name: true, tags: true, [lastTouchField[entityType]]: true };
  for (const field of mergeFieldsOf[entityType]) select[field] = true;
  if (entityType === "lead") select.convertedAt = true;
  return select;
}

type Row = Record<string, unknown> & { id: string; name: string };

async function findPair(actor: Actor, entityType: MergeEntityType, survivorId: string, loserId: string) {
  if (requireId(survivorId, "survivorId") === requireId(loserId, "loserId")) {
    throw new AppError("VALIDATION_ERROR", "A record cannot be merged with itself", { fieldErrors: { loserId: ["must differ from survivorId"] } });
  }
  const where = within(ownedRecordScope(actor), { id: { in: [survivorId, loserId] } });
  const select = selectOf(entityType);
  const rows = (entityType === "contact" ? await db.contact.findMany({ where, select }) : await db.lead.findMany({ where, select })) as Row[];
  const survivor = rows.find((row) => row.id === survivorId);
  const loser = rows.find((row) => row.id === loserId);
  if (!survivor || !loser) throw notFound(names[entityType]);
  if (entityType === "lead" && (survivor.convertedAt || loser.convertedAt)) {
    throw new AppError("CONFLICT", "A converted lead cannot be merged", { fieldErrors: { [survivor.convertedAt ? "survivorId" : "loserId"]: ["This lead has already been converted"] } });
  }
  return { survivor, loser };
}

async function moveRecords(tx: Prisma.TransactionClient, actor: Actor, entityType: MergeEntityType, survivorId: string, loserId: string) {
  const moved: MovedIds = {};
  for (const { table, column } of movesOf[entityType]) {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE ${Prisma.raw(table)} SET ${Prisma.raw(column)} = ${survivorId}::uuid
      WHERE organization_id = ${actor.organizationId}::uuid AND ${Prisma.raw(column)} = ${loserId}::uuid
      RETURNING id`;
    if (rows.length > 0) moved[table] = rows.map((row) => row.id);
  }
  return moved;
}

export async function mergeRecords(entityType: MergeEntityType, { actor, survivorId, loserId, fields = {} }: MergeInput) {
  const { survivor, loser } = await findPair(actor, entityType, survivorId, loserId);
  const plan = planMerge(entityType, survivor, loser, fields);
  const data = toUpdateData(plan.changes);

  const merge = await auditedTransaction(async (tx) => {
    // The loser leaves the live rows first, so a unique value it hands over (a customer code) is free.
    if (entityType === "contact") await tx.contact.update({ where: { id: loser.id }, data: trashMark(actor), select: { id: true } });
    else await tx.lead.update({ where: { id: loser.id }, data: trashMark(actor), select: { id: true } });
    const moved = await moveRecords(tx, actor, entityType, survivor.id, loser.id);
    if (Object.keys(data).length > 0) {
      if (entityType === "contact") await tx.contact.update({ where: { id: survivor.id }, data, select: { id: true } });
      else await tx.lead.update({ where: { id: survivor.id }, data, select: { id: true } });
    }
    const record = await tx.recordMerge.create({
      data: {
        organizationId: actor.organizationId,
        entityType,
        survivorId: survivor.id,
        loserId: loser.id,
        moved,
        survivorBefore: plan.survivorBefore as Prisma.InputJsonValue,
        mergedById: actor.kind === "user" ? actor.userId : null,
      },
      select: { id: true, createdAt: true },
    });
    await recordActivity(tx, {
      actor,
      type: "system",
      title: `Merged with ${loser.name}`,
      ...(entityType === "contact" ? { contactId: survivor.id } : { leadId: survivor.id }),
      metadata: { mergeId: record.id, loserId: loser.id },
    });
    return { ...record, moved };
  });

  await (entityType === "contact" ? rescoreContacts : rescoreLeads)({ actor, ids: [survivor.id] });
  await announceTrashChange(actor, entityType, loser.id, "deleted");
  return {
    mergeId: merge.id,
    survivorId: survivor.id,
    loserId: loser.id,
    changedFields: Object.keys(plan.changes),
    moved: Object.fromEntries(movesOf[entityType].map(({ table }) => [table, merge.moved[table]?.length ?? 0])),
  };
}

export const mergeContacts = (input: MergeInput) => mergeRecords("contact", input);
export const mergeLeads = (input: MergeInput) => mergeRecords("lead", input);
