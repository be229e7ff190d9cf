import { db, type Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { ownedRecordScope, within } from "../../../access/record-scope";
import { afterKeyset, decodeKeysetCursor, keysetOrderBy, keysetPage, LIST_TOTAL_CAP, listTotal, SEARCH_TOTAL_CAP, totalCap, totalCountArgs, type KeysetSort, type SortDirection } from "../../pagination";
import { personSearchWhere, searchedPage } from "../person-search";
import { contactListSelect, withRelationshipHealth } from "./contact-select";
import { contactSegmentWhere, type ContactFilter } from "./contact-segments";

export const contactSorts = ["name", "createdAt", "healthScore", "churnRisk", "lastContactAt"] as const;
export type ContactSort = (typeof contactSorts)[number];

// Names read A→Z; scores, risk and dates read highest/newest first unless asked otherwise.
const sortKeys: Record<ContactSort, KeysetSort> = {
  name: { field: "name", kind: "string", direction: "asc" },
  createdAt: { field: "createdAt", kind: "date", direction: "desc" },
  healthScore: { field: "healthScore", kind: "number", direction: "desc" },
  churnRisk: { field: "churnRisk", kind: "number", direction: "desc" },
  lastContactAt: { field: "lastContactAt", kind: "date", direction: "desc", nullable: true },
};

export interface ListContactsInput {
  actor: Actor;
  cursor?: string;
  limit: number;
  search?: string;
  filter?: ContactFilter;
  sort?: ContactSort;
  order?: SortDirection;
  ownerId?: string;
  tag?: string;
  now?: Date;
}

export async function listContacts({ actor, cursor, limit, search, filter = "all", sort = "createdAt", order, ownerId, tag, now = new Date() }: ListContactsInput) {
  const filters: Prisma.ContactWhereInput[] = [contactSegmentWhere(filter, now)];
  if (search) filters.push(personSearchWhere(search));
  if (ownerId) filters.push({ ownerId });
  if (tag) filters.push({ tags: { has: tag } });
  const where: Prisma.ContactWhereInput = within(ownedRecordScope(actor), { AND: filters });
  const key: KeysetSort = { ...sortKeys[sort], direction: order ?? sortKeys[sort].direction };
  const page: Prisma.ContactWhereInput = cursor ? { AND: [where, afterKeyset(key, decodeKeysetCursor(cursor, key.kind))] } : where;

  const orderBy = keysetOrderBy(key);
  const { rows, counted } = search
    ? await searchedPage({
        limit,
        countUpTo: cursor ? null : SEARCH_TOTAL_CAP,
        findIds: (take) => db.contact.findMany({ where: page, select: { id: true }, orderBy, take }),
        findRows: (ids) => db.contact.findMany({ where: within(ownedRecordScope(actor), { id: { in: ids } }), select: contactListSelect }),
      })
    : await Promise.all([
        db.contact.findMany({ where: page, select: contactListSelect, orderBy, take: limit + 1 }),
        cursor ? null : db.contact.count(totalCountArgs(where, orderBy, LIST_TOTAL_CAP)),
      ]).then(([rows, counted]) => ({ rows, counted }));
  const { items, nextCursor } = keysetPage(rows, limit, (row) => row[key.field as ContactSort]);
  return { items: items.map(withRelationshipHealth), nextCursor, ...listTotal(counted, totalCap(search)) };
}
