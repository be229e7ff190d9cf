import { Prisma, readRows } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { ownedRecordScopeSql } from "../../access/scopes/owned-record-scope";
import { afterKeysetSql, decodeKeysetCursor, keysetPage, listTotal, totalCap, type KeysetPosition, type KeysetValue, type ListPageInput, type SortDirection, type SqlKeysetSort } from "../pagination";
import { matchesPageSql, orderedMatchesSql as orderedMatches, pageWithTotalSql, readMatchedPage } from "../sql-list-page";
import { newestPersonMatchesSql, personSearchSql } from "./person-search";

// A page of contacts or leads — the two lists over the largest tables, read on every keystroke and
// every board refresh — and on a first page its capped total, in one SQL statement read through
// readRows (@harbor/db) rather than Prisma: through Prisma a page of 50 leads and its count cost
// ~1.8 ms of the API's CPU, against ~0.4 ms this way (BENCHMARKS.md).
//
// Three shapes, each the cheapest for Postgres where it is used (measured in backend CPU):
//
//   unsearched          the page's rows in list order, with the capped count as a subquery walking
//                       the same index without reading rows: 0.3 ms for 50 of 100k leads and
//                       "1000+" (numbering a walk of 1,001 ids and joining the page to it: 1.3 ms)
//   searched, newest    the newest matches' ids (up to the count's cap + 1) by
//   first (the default) newestPersonMatchesSql, whose plan is the same for every term, then the
//                       page's rows by id
//   searched, any other the matches' ids in that order, planned for the term (through the trigram
//   order               index for a rare one), then the page's rows by id, prepared (readMatchedPage)
//
// The conditions, record scope first, are the caller's SQL over the table's alias; the order is
// the keyset's.

/** What the contact and lead lists both take besides their own filters. */
export interface PersonListFilters<Sort extends string> extends ListPageInput {
  sort?: Sort;
  order?: SortDirection;
  /** A user's records, or null for records nobody owns. */
  ownerId?: string | null;
  /** Records carrying this tag (exact, case-sensitive as stored). */
  tag?: string;
}

/** The sorts both person lists have, over the table's alias: names A→Z, newest first. */
export const personSortKeys = (alias: "c" | "l") =>
  ({
    name: { field: "name", column: `${alias}.name`, kind: "string", direction: "asc" },
    createdAt: { field: "createdAt", column: `${alias}.created_at`, kind: "date", direction: "desc" },
  }) satisfies Record<string, SqlKeysetSort>;

/** The conditions both person lists start with: the actor's record scope, then the owner and tag asked for. */
export function personListConditions(actor: Actor, alias: "c" | "l", { ownerId, tag }: Pick<PersonListFilters<string>, "ownerId" | "tag">): Prisma.Sql[] {
  const table = Prisma.raw(alias);
  const where = [ownedRecordScopeSql(actor, alias)];
  if (ownerId === null) where.push(Prisma.sql`${table}.owner_id IS NULL`);
  else if (ownerId !== undefined) where.push(Prisma.sql`${table}.owner_id = ${ownerId}::uuid`);
  if (tag) where.push(Prisma.sql`${tag}::text = ANY(${table}.tags)`);
  return where;
}

export interface PersonListPageQuery {
  table: "contacts" | "leads";
  /** The alias the conditions, columns, joins and key use: "c", "l". */
  alias: string;
  /** The list's conditions, record scope first; not the search term, which is `search`. */
  where: Prisma.Sql[];
  search: string | undefined;
  /** The page's columns, each aliased to the name the row type gives it. */
  columns: Prisma.Sql;
  /** Joins the columns need (the owner's name…), applied to the page's rows only. */
  joins: Prisma.Sql;
  key: SqlKeysetSort;
  after: KeysetPosition | null;
  limit: number;
  /** The total's cap on a first page, or null when no total is wanted (later pages). */
  countUpTo: number | null;
}

type Counted<Row> = Row & { matchCount: number | null };

export interface PersonListInput<Row> extends Omit<PersonListPageQuery, "after" | "countUpTo"> {
  cursor: string | undefined;
  /** The row's sort value as read (a decimal as its exact text), encoded into the next cursor. */
  valueOf: (row: Row) => KeysetValue | { toString(): string };
}

/** A page of contacts or leads in the shape every list returns (see readKeysetList for the Prisma lists). */
export async function readPersonList<Row extends { id: string }>({ cursor, valueOf, ...query }: PersonListInput<Row>) {
  const cap = totalCap(query.search, query.limit);
  const { rows, counted } = await readPersonListPage<Row>({
    ...query,
    after: cursor ? decodeKeysetCursor(cursor, query.key.kind) : null,
    countUpTo: cursor ? null : cap,
  });
  return { ...keysetPage(rows, query.limit, valueOf), ...listTotal(counted, cap) };
}

export async function readPersonListPage<Row>(query: PersonListPageQuery): Promise<{ rows: Row[]; counted: number | null }> {
  const { table, alias, where, search, key, after, countUpTo } = query;
  const conditions = Prisma.join(after ? [...where, afterKeysetSql(key, after)] : where, " AND ");
  const from = Prisma.raw(`${table} ${alias}`);
  if (search && !(key.column === `${alias}.created_at` && key.direction === "desc")) {
    return readMatchedPage<Row>({ ...query, from }, orderedMatchesSql(query, from, Prisma.sql`${conditions} AND ${personSearchSql(alias, search)}`), countUpTo);
  }
  const found = !search
    ? await readRows<Counted<Row>>(unsearchedPage(query, from, conditions))
    : await readRows<Counted<Row>>(
        matchesPage(query, from, Prisma.sql`SELECT id, created_at AS sort_value FROM (${newestPersonMatchesSql({ table, alias, conditions, term: search, take: walkOf(query) })}) newest`),
      );
  // An empty first page has no row to carry the count: nothing matched.
  return { rows: found, counted: countUpTo === null ? null : (found[0]?.matchCount ?? 0) };
}

/** How many matches a searched page looks for: enough to count to the cap, or to fill the page. */
const walkOf = ({ limit, countUpTo }: PersonListPageQuery) => Math.max(limit, countUpTo ?? 0) + 1;

function unsearchedPage(query: PersonListPageQuery, from: Prisma.Sql, conditions: Prisma.Sql): Prisma.Sql {
  return pageWithTotalSql({ ...query, from }, conditions, query.countUpTo);
}

/** The matches' ids and sort values in the key's order, for any key. */
function orderedMatchesSql(query: PersonListPageQuery, from: Prisma.Sql, conditions: Prisma.Sql): Prisma.Sql {
  return orderedMatches({ from, key: query.key }, conditions, walkOf(query));
}

/** A page read from matches (ids with their sort values): counted, then joined. */
function matchesPage(query: PersonListPageQuery, from: Prisma.Sql, matches: Prisma.Sql): Prisma.Sql {
  return matchesPageSql({ ...query, from }, matches, query.countUpTo !== null);
}
