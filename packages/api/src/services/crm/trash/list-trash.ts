import { db, Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { TRASH_RETENTION_DAYS } from "../../../access/scopes/live-record";
import { trashedScopeSql, trashEntityTypes, type TrashEntityType } from "../../../access/scopes/trash-scope";
import { afterKeysetSql, decodeKeysetCursor, keysetPage, listTotal, LIST_TOTAL_CAP, type SqlKeysetSort } from "../../pagination";
import { sqlCount } from "../crm-sql";

// crm.trash.list: what the actor may see in the trash, most recently deleted first, across every
// trashable table (or one), keyset-paged over (deleted_at, id). Each table is read newest first
// through its partial trash index, and the branches are merged.

/** Each trashable table and how its rows are named in the list (SQL over the alias `t`). */
const sources: Record<TrashEntityType, { table: string; label: string }> = {
  lead: { table: "leads", label: "t.name" },
  contact: { table: "contacts", label: "t.name" },
  policy: { table: "policies", label: "t.policy_number || ' · ' || t.carrier" },
  opportunity: { table: "opportunities", label: "t.title" },
  ticket: { table: "tickets", label: "'TCK-' || t.number || ' · ' || t.subject" },
  note: { table: "activities", label: "t.title" },
};

const key = (alias: string): SqlKeysetSort => ({ field: "deletedAt", column: `${alias}.deleted_at`, direction: "desc", kind: "date" });

interface TrashRow {
  entityType: TrashEntityType;
  id: string;
  label: string;
  deletedAt: Date;
  deletedById: string | null;
  deletedByName: string | null;
}

function branch(actor: Actor, entityType: TrashEntityType, cursor: string | undefined, take: number): Prisma.Sql {
  const { table, label } = sources[entityType];
  const after = cursor ? Prisma.sql`AND ${afterKeysetSql(key("t"), decodeKeysetCursor(cursor, "date"))}` : Prisma.empty;
  return Prisma.sql`(SELECT ${entityType}::text AS "entityType", t.id, (${Prisma.raw(label)})::text AS label,
      t.deleted_at AS "deletedAt", t.deleted_by_id AS "deletedById"
    FROM ${Prisma.raw(table)} t
    WHERE ${trashedScopeSql(actor, entityType, "t")} ${after}
    ORDER BY t.deleted_at DESC, t.id DESC
    LIMIT ${sqlCount(take)})`;
}

export async function listTrash({ actor, entityType, cursor, limit = 50 }: { actor: Actor; entityType?: TrashEntityType; cursor?: string; limit?: number }) {
  const types = entityType ? [entityType] : [...trashEntityTypes];
  const union = (take: number, from: string | undefined) => Prisma.join(types.map((type) => branch(actor, type, from, take)), " UNION ALL ");
  const [rows, counted] = await Promise.all([
    db.$queryRaw<TrashRow[]>`
      SELECT trash."entityType", trash.id, trash.label, trash."deletedAt", trash."deletedById", u.name AS "deletedByName"
      FROM (${union(limit + 1, cursor)}) trash
      LEFT JOIN users u ON u.id = trash."deletedById"
      ORDER BY trash."deletedAt" DESC, trash.id DESC
      LIMIT ${sqlCount(limit + 1)}`,
    cursor ? null : db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM (${union(LIST_TOTAL_CAP + 1, undefined)}) trash`.then((found) => found[0]?.count ?? 0),
  ]);
  const page = keysetPage(rows, limit, (row) => row.deletedAt);
  return {
    ...page,
    items: page.items.map(({ deletedById, deletedByName, ...row }) => ({
      ...row,
      deletedBy: deletedById ? { id: deletedById, name: deletedByName ?? "Former user" } : null,
      restorableUntil: new Date(row.deletedAt.getTime() + TRASH_RETENTION_DAYS * 86_400_000),
    })),
    ...listTotal(counted, LIST_TOTAL_CAP),
  };
}
