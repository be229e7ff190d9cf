import type { Actor } from "../../../access/actor";
import { trashMark } from "../trash";
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
      const where = { organizationId: actor.organizationId, id: { in: changedIds } };
      const data = trashMark(actor);
      if (entity === "lead") await tx.lead.updateMany({ where, data });
      else if (entity === "contact") await tx.contact.updateMany({ where, data });
      else if (entity === "opportunity") await tx.opportunity.updateMany({ where, data });
      else await tx.policy.updateMany({ where, data });
      return { changedIds };
    },
  });
}
