import { Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope } from "../../../access/organization-scope";
import { trashRetentionStart } from "../../../access/scopes/live-record";
import { trashEntityTypes, type TrashEntityType } from "../../../access/scopes/trash-scope";
import { auditedTransaction } from "../../audit";
import { findInTrash } from "./restore-from-trash";

// crm.trash.purge (admins): deletes trashed records for good — the ones named, or every record
// trashed more than 30 days ago. An activity shared with a record that stays (a converted lead's
// timeline now on its contact, a call on a deal and its contact) is detached, not deleted, so
// purging one record never erases another's history. Scores of purged records go with them.

const tables: Record<TrashEntityType, string> = {
  lead: "leads",
  contact: "contacts",
  policy: "policies",
  opportunity: "opportunities",
  ticket: "tickets",
  note: "activities",
};

/** The activity columns linking a timeline entry to each record kind that has a timeline. */
const timelineLinks: Partial<Record<TrashEntityType, { own: string; others: string[] }>> = {
  lead: { own: "lead_id", others: ["contact_id", "opportunity_id"] },
  contact: { own: "contact_id", others: ["lead_id", "opportunity_id"] },
  opportunity: { own: "opportunity_id", others: ["lead_id", "contact_id"] },
};

// Purged children before parents, so a cascade never reaches a row this purge already counted.
const purgeOrder: TrashEntityType[] = ["note", "policy", "ticket", "opportunity", "lead", "contact"];

export interface PurgeInput {
  actor: Actor;
  /** Records to purge now, whatever their age; without it, everything trashed over 30 days ago. */
  items?: { entityType: TrashEntityType; id: string }[];
  now?: Date;
}

export async function purgeTrash({ actor, items, now = new Date() }: PurgeInput) {
  const { organizationId } = organizationScope(actor);
  const named = new Map<TrashEntityType, string[]>();
  for (const item of items ?? []) {
    const { id } = await findInTrash(actor, item.entityType, item.id);
    named.set(item.entityType, [...(named.get(item.entityType) ?? []), id]);
  }
  const cutoff = trashRetentionStart(now);
  const purged = Object.fromEntries(trashEntityTypes.map((type) => [type, 0])) as Record<TrashEntityType, number>;

  await auditedTransaction(
    async (tx) => {
      for (const entityType of purgeOrder) {
        const table = Prisma.raw(tables[entityType]);
        const which = items
          ? Prisma.sql`id = ANY(${named.get(entityType) ?? []}::uuid[])`
          : Prisma.sql`deleted_at < ${cutoff.toISOString()}::timestamp`;
        const ids = (
          await tx.$queryRaw<{ id: string }[]>`SELECT id FROM ${table} WHERE organization_id = ${organizationId}::uuid AND deleted_at IS NOT NULL AND ${which}`
        ).map((row) => row.id);
        if (ids.length === 0) continue;
        const links = timelineLinks[entityType];
        if (links) {
          const shared = Prisma.join(links.others.map((column) => Prisma.sql`${Prisma.raw(column)} IS NOT NULL`), " OR ");
          await tx.$executeRaw`UPDATE activities SET ${Prisma.raw(links.own)} = NULL
            WHERE organization_id = ${organizationId}::uuid AND ${Prisma.raw(links.own)} = ANY(${ids}::uuid[]) AND (${shared})`;
        }
        await tx.$executeRaw`DELETE FROM scores WHERE organization_id = ${organizationId}::uuid AND entity_id = ANY(${ids}::uuid[])`;
        if (entityType === "contact") {
          // Its policies go with it (the foreign key cascades), and so do their scores.
          await tx.$executeRaw`DELETE FROM scores WHERE organization_id = ${organizationId}::uuid
            AND entity_id IN (SELECT id FROM policies WHERE organization_id = ${organizationId}::uuid AND contact_id = ANY(${ids}::uuid[]))`;
        }
        purged[entityType] = await tx.$executeRaw`DELETE FROM ${table} WHERE organization_id = ${organizationId}::uuid AND id = ANY(${ids}::uuid[])`;
      }
      return purged;
    },
    { timeout: 60_000 },
  );
  return { purged, total: Object.values(purged).reduce((sum, count) => sum + count, 0) };
}
