import { db, type LeadKind, type LeadStatus, type Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { ownedRecordScope, within } from "../../../access/record-scope";
import { afterKeyset, decodeKeysetCursor, keysetOrderBy, keysetPage, LIST_TOTAL_CAP, listTotal, SEARCH_TOTAL_CAP, totalCap, totalCountArgs, type KeysetSort, type SortDirection } from "../../pagination";
import { personSearchWhere, searchedPage } from "../person-search";
import { leadListSelect, withMoney } from "./lead-record";

export const leadSorts = ["createdAt", "score", "value", "name", "lastInteractionAt"] as const;
export type LeadSort = (typeof leadSorts)[number];

// Names read A→Z; dates, scores and values read newest/highest first unless asked otherwise.
const sortKeys: Record<LeadSort, KeysetSort> = {
  createdAt: { field: "createdAt", kind: "date", direction: "desc" },
  score: { field: "score", kind: "number", direction: "desc" },
  value: { field: "value", kind: "decimal", direction: "desc", nullable: true },
  name: { field: "name", kind: "string", direction: "asc" },
  lastInteractionAt: { field: "lastInteractionAt", kind: "date", direction: "desc", nullable: true },
};

export interface ListLeadsInput {
  actor: Actor;
  cursor?: string;
  limit: number;
  search?: string;
  kind?: LeadKind;
  status?: LeadStatus;
  source?: string;
  /** A user's leads, or null for leads nobody owns. */
  ownerId?: string | null;
  scoreMin?: number;
  scoreMax?: number;
  createdFrom?: Date;
  createdTo?: Date;
  sort?: LeadSort;
  order?: SortDirection;
}

export async function listLeads(input: ListLeadsInput) {
  const { actor, cursor, limit, search, kind, status, source, ownerId, scoreMin, scoreMax, createdFrom, createdTo } = input;
  const filters: Prisma.LeadWhereInput = {
    ...(kind ? { kind } : {}),
    ...(status ? { status } : {}),
    ...(source ? { source: { equals: source, mode: "insensitive" } } : {}),
    ...(ownerId !== undefined ? { ownerId } : {}),
    ...(scoreMin !== undefined || scoreMax !== undefined ? { score: { gte: scoreMin, lte: scoreMax } } : {}),
    ...(createdFrom || createdTo ? { createdAt: { gte: createdFrom, lte: createdTo } } : {}),
    ...(search ? personSearchWhere(search) : {}),
  };
  const where: Prisma.LeadWhereInput = within(ownedRecordScope(actor), filters);
  const sort = input.sort ?? "createdAt";
  const key: KeysetSort = { ...sortKeys[sort], direction: input.order ?? sortKeys[sort].direction };
  const page: Prisma.LeadWhereInput = cursor ? { AND: [where, afterKeyset(key, decodeKeysetCursor(cursor, key.kind))] } : where;

  const orderBy = keysetOrderBy(key) as Prisma.LeadOrderByWithRelationInput[];
  const { rows, counted } = search
    ? await searchedPage({
        limit,
        countUpTo: cursor ? null : SEARCH_TOTAL_CAP,
        findIds: (take) => db.lead.findMany({ where: page, select: { id: true }, orderBy, take }),
        findRows: (ids) => db.lead.findMany({ where: within(ownedRecordScope(actor), { id: { in: ids } }), select: leadListSelect }),
      })
    : await Promise.all([
        db.lead.findMany({ where: page, select: leadListSelect, orderBy, take: limit + 1 }),
        cursor ? null : db.lead.count(totalCountArgs(where, orderBy, LIST_TOTAL_CAP)),
      ]).then(([rows, counted]) => ({ rows, counted }));
  const { items, nextCursor } = keysetPage(rows, limit, (row) => row[sort]);
  return { items: items.map(withMoney), nextCursor, ...listTotal(counted, totalCap(search)) };
}
