import type { Actor } from "../../../access/actor";
import { trashableTable, trashMark } from "../trash";
import type { BulkSelection } from "./bulk-selection";
import { runBulk } from "./run-bulk";

/**
 * Moves the selected leads, contacts, deals or policies to the trash — the same mark their own
 * delete sets (trashMark), so crm.trash.list shows them and crm.trash.restore brings each back.
 */
export async function bulkDelete({ actor, entity, selection }: { actor: Actor; entity: "lead" | "contact" | "opportunity" | "policy"; selection: BulkSelection }) {
  return runBulk({
    actor,
    entity,
    selection,
    change: "deleted",
    work: async (tx, rows) => {
      const changedIds = rows.map((row) => row.id);
      await trashableTable(tx, entity).updateMany({ where: { organizationId: actor.organizationId, id: { in: changedIds } }, data: trashMark(actor) });
      return { changedIds };
    },
  });
}
