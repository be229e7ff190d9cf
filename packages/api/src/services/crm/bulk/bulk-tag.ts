import { Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { fieldError } from "../../../errors";
import { runBulk } from "./run-bulk";
import type { BulkSelection } from "./bulk-selection";

const tables = { lead: Prisma.raw("leads"), contact: Prisma.raw("contacts"), opportunity: Prisma.raw("opportunities") } as const;

/** The tag the do-not-contact list sets (services/crm/dnc); it follows the list, not a selection. */
const DNC_TAG = "dnc";

/**
 * Adds and removes tags on the selected leads, contacts or deals in one statement: each record's
 * tags keep their order, gain the new ones once, lose the removed ones; a record whose tags would
 * not change is not written.
 */
export async function bulkTag({ actor, entity, selection, add, remove }: { actor: Actor; entity: keyof typeof tables; selection: BulkSelection; add: string[]; remove: string[] }) {
  if (remove.includes(DNC_TAG)) throw fieldError("remove", "The dnc tag follows the do-not-contact list; remove the entry there");
  const removed = remove.filter((tag) => !add.includes(tag));
  return runBulk({
    actor,
    entity,
    selection,
    change: "updated",
    work: async (tx, rows) => {
      const changed = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
        UPDATE ${tables[entity]} AS record
           SET tags = ARRAY(SELECT tag FROM unnest(record.tags || ${add}::text[]) WITH ORDINALITY AS listed(tag, position)
                             WHERE tag <> ALL(${removed}::text[]) GROUP BY tag ORDER BY min(position)),
               updated_at = now()
         WHERE record.organization_id = ${actor.organizationId}::uuid AND record.id = ANY(${rows.map((row) => row.id)}::uuid[])
           AND NOT (record.tags @> ${add}::text[] AND NOT record.tags && ${removed}::text[])
        RETURNING record.id`);
      return { changedIds: changed.map((row) => row.id) };
    },
  });
}
