import { db, type LeadKind, type LeadStatus, type Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { ownedRecordScope, within } from "../../../access/record-scope";
import { afterKeyset, decodeKeysetCursor, keysetOrderBy, keysetPage, type KeysetSort, type SortDirection } from "../../pagination";
import { leadListSelect, withMoney } from "./lead-record";

const leadKinds: LeadKind[] = ["client", "recruit"];

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

/**
 * The total is counted on the first page only (later pages carry null: the screen already has
 * it) and only up to TOTAL_CAP rows, so a list over 100k leads never pays for counting them all;
 * `totalCapped` says the real number is larger.
 */
export const TOTAL_CAP = 1_000;

/**
 * Name, email and company by `contains` (trigram indexes); the phone when the term looks like a
 * number — phones are stored in E.164, so the term is reduced to its digits.
 */
export function leadSearchWhere(term: string): Prisma.LeadWhereInput {
  const insensitive = { contains: term, mode: "insensitive" } as const;
  const alternatives: Prisma.LeadWhereInput[] = [{ name: insensitive }, { email: insensitive }, { company: insensitive }];
  const digits = term.replace(/\D/g, "");
  if (/^[\d\s()+.-]+$/.test(term) && digits.length >= 3) alternatives.push({ phone: { contains: digits } });
  return { OR: alternatives };
}

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
    ...(search ? leadSearchWhere(search) : {}),
  };
  const where: Prisma.LeadWhereInput = within(ownedRecordScope(actor), filters);
  const sort = input.sort ?? "createdAt";
  const key: KeysetSort = { ...sortKeys[sort], direction: input.order ?? sortKeys[sort].direction };
  const page: Prisma.LeadWhereInput = cursor ? { AND: [where, afterKeyset(key, decodeKeysetCursor(cursor, key.kind))] } : where;

  const orderBy = keysetOrderBy(key) as Prisma.LeadOrderByWithRelationInput[];
  const fetchPage = (pageWhere: Prisma.LeadWhereInput) => db.lead.findMany({ where: pageWhere, select: leadListSelect, orderBy, take: limit + 1 });
  const [rows, counted] = await Promise.all([
    sort === "createdAt" && !kind ? newestOfEachKind(page, fetchPage, key.direction, limit + 1) : fetchPage(page),
    cursor ? null : db.lead.count({ where, take: TOTAL_CAP + 1 }),
  ]);
  const { items, nextCursor } = keysetPage(rows, limit, (row) => row[sort]);
  return {
    items: items.map(withMoney),
    nextCursor,
    total: counted === null ? null : Math.min(counted, TOTAL_CAP),
    totalCapped: counted !== null && counted > TOTAL_CAP,
  };
}

/**
 * The (organization_id, kind, created_at) index serves "newest first" only within one kind, so a
 * list over both kinds reads the first page of each and merges them — two index range scans
 * instead of sorting every lead of the organization.
 */
async function newestOfEachKind<T extends { createdAt: Date; id: string }>(
  where: Prisma.LeadWhereInput,
  fetchPage: (where: Prisma.LeadWhereInput) => Promise<T[]>,
  direction: SortDirection,
  take: number,
): Promise<T[]> {
  const pages = await Promise.all(leadKinds.map((kind) => fetchPage({ AND: [where, { kind }] })));
  const sign = direction === "asc" ? 1 : -1;
  return pages
    .flat()
    .sort((a, b) => sign * (a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
    .slice(0, take);
}
