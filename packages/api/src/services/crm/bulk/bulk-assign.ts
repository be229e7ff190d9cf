import { db } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { assertAssignableUser } from "../../../access/assignable-user";
import { requireId } from "../../../access/organization-scope";
import { notifyReceiver, recordTimeline, setOwner } from "./bulk-records";
import type { BulkEntity, BulkSelection } from "./bulk-selection";
import { runBulk } from "./run-bulk";

/**
 * Hands the selected records to one user (owner; assignee for tasks). Who may be named is
 * access/assignable-user.ts, as for one record; each moved lead, contact and deal says so on its
 * timeline, and the receiver gets one notification for the lot.
 */
export async function bulkAssign({ actor, entity, selection, userId }: { actor: Actor; entity: BulkEntity; selection: BulkSelection; userId: string }) {
  await assertAssignableUser(actor, requireId(userId, "userId"), "userId");
  const receiver = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
  return runBulk({
    actor,
    entity,
    selection,
    change: "assigned",
    work: async (tx, rows) => {
      const moving = rows.filter((row) => row.userId !== userId);
      const changedIds = moving.map((row) => row.id);
      await setOwner(tx, actor.organizationId, entity, changedIds, userId);
      await recordTimeline(
        tx,
        actor,
        entity,
        "system",
        moving.map((row) => ({ id: row.id, title: `Assigned to ${receiver.name}`, metadata: { fromOwnerId: row.userId, toOwnerId: userId } })),
      );
      const announce = await notifyReceiver(tx, actor, {
        userId,
        type: "records_assigned",
        received: { [entity]: changedIds.length },
        message: `${actor.kind === "user" ? actor.name : "Harbor"} assigned them to you.`,
      });
      return { changedIds, afterCommit: announce };
    },
  });
}
