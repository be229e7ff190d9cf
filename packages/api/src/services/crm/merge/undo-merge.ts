import { Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { recordActivity } from "../activities";
import { planUndo, toUpdateData, type MergeEntityType } from "./merge-fields";
import { movesOf, type MovedIds } from "./merge-moves";

/**
 * Inside crm.trash.restore's transaction, for a contact or lead that a merge put in the trash:
 * the records that moved go back to it (those still on the survivor), the survivor's fields take
 * their values from before the merge (unless edited since), and the merge is marked undone.
 */
export async function undoMergeOf(tx: Prisma.TransactionClient, actor: Actor, entityType: MergeEntityType, loserId: string) {
  const merge = await tx.recordMerge.findFirst({
    where: { organizationId: actor.organizationId, entityType, loserId, undoneAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, survivorId: true, moved: true, survivorBefore: true },
  });
  if (!merge) return null;
  const moved = merge.moved as MovedIds;
  for (const { table, column } of movesOf[entityType]) {
    const ids = moved[table];
    if (!ids?.length) continue;
    await tx.$executeRaw`
      UPDATE ${Prisma.raw(table)} SET ${Prisma.raw(column)} = ${loserId}::uuid
      WHERE id = ANY(${ids}::uuid[]) AND ${Prisma.raw(column)} = ${merge.survivorId}::uuid`;
  }
  const survivorBefore = merge.survivorBefore as Record<string, { before: unknown; after: unknown }>;
  const fields = Object.keys(survivorBefore);
  if (fields.length > 0) {
    const select = Object.fromEntries(fields.map((field) => [field, true]));
    const current = (entityType === "contact"
      ? await tx.contact.findUnique({ where: { id: merge.survivorId }, select })
      : await tx.lead.findUnique({ where: { id: merge.survivorId }, select })) as Record<string, unknown> | null;
    const revert = current ? toUpdateData(planUndo(current, survivorBefore)) : {};
    if (Object.keys(revert).length > 0) {
      if (entityType === "contact") await tx.contact.update({ where: { id: merge.survivorId }, data: revert, select: { id: true } });
      else await tx.lead.update({ where: { id: merge.survivorId }, data: revert, select: { id: true } });
    }
  }
  await tx.recordMerge.update({ where: { id: merge.id }, data: { undoneAt: new Date() } });
  await recordActivity(tx, {
    actor,
    type: "system",
    title: "Merge undone: a merged record was restored from the trash",
    ...(entityType === "contact" ? { contactId: merge.survivorId } : { leadId: merge.survivorId }),
    metadata: { mergeId: merge.id, restoredId: loserId },
  });
  return { mergeId: merge.id, survivorId: merge.survivorId };
}
