import type { Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { ownedRecordScope, within } from "../../../access/record-scope";
import { afterKeyset, decodeKeysetCursor, keysetOrderBy, keysetPage, listTotal, totalCountArgs, type KeysetSort, type SortDirection } from "../../pagination";
import { readList } from "../list-reads";
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

/**
 * Search over name, email and company (trigram indexes serve `contains`); the phone is searched
 * only when the term looks like a phone number, because contacts.phone has no trigram index and
 * would turn every search into a full scan.
 */
export function contactSearchWhere(term: string): Prisma.ContactWhereInput {
  const insensitive = { contains: term, mode: "insensitive" } as const;
  const alternatives: Prisma.ContactWhereInput[] = [{ name: insensitive }, { email: insensitive }, { company: insensitive }];
  if (/^[\d\s()+.-]+$/.test(term) && term.replace(/\D/g, "").length >= 3) {
    const digits = term.replace(/\D/g, "");
    alternatives.push({ phone: { contains: term } });
    if (digits !== term) alternatives.push({ phone: { contains: digits } });
  }
  return { OR: alternatives };
}

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
  if (search) filters.push(contactSearchWhere(search));
  if (ownerId) filters.push({ ownerId });
  if (tag) filters.push({ tags: { has: tag } });
  const where: Prisma.ContactWhereInput = within(ownedRecordScope(actor), { AND: filters });
  const key: KeysetSort = { ...sortKeys[sort], direction: order ?? sortKeys[sort].direction };
  const page: Prisma.ContactWhereInput = cursor ? { AND: [where, afterKeyset(key, decodeKeysetCursor(cursor, key.kind))] } : where;

  const { rows, counted } = await readList({ search }, async (tx) => ({
    rows: await tx.contact.findMany({ where: page, select: contactListSelect, orderBy: keysetOrderBy(key), take: limit + 1 }),
    counted: cursor ? null : await tx.contact.count(totalCountArgs(where, keysetOrderBy(key))),
  }));
  const { items, nextCursor } = keysetPage(rows, limit, (row) => row[key.field as ContactSort]);
  return { items: items.map(withRelationshipHealth), nextCursor, ...listTotal(counted) };
}
