import { Prisma, readRows } from "@harbor/db";
import { sqlCount } from "./crm/crm-sql";
import { afterKeysetSql, decodeKeysetCursor, keysetOrderSql, keysetPage, listTotal, totalCap, type KeysetValue, type SqlKeysetSort } from "./pagination";

// A list page and, on a first page, its capped total in one SQL statement read through readRows
// (@harbor/db) rather than Prisma: the shape of the contact and lead lists (crm/person-list-page.ts)
// for any table. The page walks the index that ends in the sort key and id; the total is a
// subquery walking the same index without reading the page's columns, up to the cap + 1. The
// limit is written into the statement (sqlCount), so a prepared statement keeps one plan.

export interface SqlListQuery {
  /** The table and its alias, as the conditions, columns and key name it: Prisma.raw("renewal_cases c"). */
  from: Prisma.Sql;
  /** The list's conditions over the table's alias, record scope first. */
  where: Prisma.Sql[];
  /** The page's columns, each aliased to the name the row type gives it. */
  columns: Prisma.Sql;
  /** Joins the columns need, applied to the page's rows only (the total never reads them). */
  joins: Prisma.Sql;
  key: SqlKeysetSort;
  limit: number;
}

/** The rows the conditions match counted up to countUpTo + 1, walking the key's order (its index); NULL when not counted. */
function cappedTotalSql(from: Prisma.Sql, conditions: Prisma.Sql, order: Prisma.Sql, countUpTo: number | null): Prisma.Sql {
  if (countUpTo === null) return Prisma.sql`NULL::int`;
  return Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM ${from} WHERE ${conditions} ORDER BY ${order} LIMIT ${sqlCount(countUpTo + 1)}) counted)`;
}

/** The page's rows in the key's order, each with "matchCount": the capped total, or null when countUpTo is null. */
export function pageWithTotalSql({ from, columns, joins, key, limit }: Omit<SqlListQuery, "where">, conditions: Prisma.Sql, countUpTo: number | null): Prisma.Sql {
  const order = keysetOrderSql(key);
  const total = cappedTotalSql(from, conditions, order, countUpTo);
  return Prisma.sql`
    SELECT ${total} AS "matchCount", ${columns}
    FROM ${from}
    ${joins}
    WHERE ${conditions}
    ORDER BY ${order}
    LIMIT ${sqlCount(limit + 1)}`;
}

/**
 * pageWithTotalSql with the page found as ids first: the key's index is walked for the page's ids
 * (an index-only scan when the index carries every column the conditions test), and only the
 * page's rows are then read, by primary key. Walked directly, every entry a filter rejects costs a
 * read of its row: an agent's overdue cases, 1 in 25 of the entries walked, read 1,361 rows for 51.
 */
export function idsFirstPageSql({ from, columns, joins, key, limit }: Omit<SqlListQuery, "where">, conditions: Prisma.Sql, countUpTo: number | null): Prisma.Sql {
  const order = keysetOrderSql(key);
  const total = cappedTotalSql(from, conditions, order, countUpTo);
  return Prisma.sql`
    SELECT ${total} AS "matchCount", ${columns}
    FROM (SELECT ${aliasOf(key)}.id FROM ${from} WHERE ${conditions} ORDER BY ${order} LIMIT ${sqlCount(limit + 1)}) page
    JOIN ${from} ON ${aliasOf(key)}.id = page.id
    ${joins}
    ORDER BY ${order}`;
}

/**
 * A page read from matches — a query giving `id` and `sort_value`, in the key's order, as many as
 * the count needs — in one prepared statement: counted (when `counted`), cut to the page, then
 * joined to the table and the columns' joins. For matches whose plan is the same for every term
 * (newestPersonMatchesSql); matches planned for their term go through readMatchedPage.
 */
export function matchesPageSql({ from, columns, joins, key, limit }: Omit<SqlListQuery, "where">, matches: Prisma.Sql, counted: boolean): Prisma.Sql {
  const total = counted ? Prisma.sql`(SELECT count(*) FROM matches)` : Prisma.sql`NULL::int`;
  return Prisma.sql`
    WITH matches AS MATERIALIZED (${matches})
    SELECT ${total} AS "matchCount", ${columns}
    FROM (SELECT id FROM matches ORDER BY ${keysetOrderSql({ ...key, column: "matches.sort_value" })} LIMIT ${sqlCount(limit + 1)}) page
    JOIN ${from} ON ${aliasOf(key)}.id = page.id
    ${joins}
    ORDER BY ${keysetOrderSql(key)}`;
}

/**
 * A searched page whose matches are planned for their term (not prepared: a term matches from none
 * to thousands of rows, and Postgres chooses the trigram index or the sort index for it), read in
 * two statements: the matches' ids in the key's order, as many as the count needs, then the page's
 * rows by id in a statement prepared once. Planned in one statement with the page's joins, the
 * planning cost more than the run: the worklist's search by policy number spent 2.3 ms of Postgres
 * CPU a call that way, 1.4 ms in two statements (BENCHMARKS.md, renewals). The two read separate
 * snapshots: a match deleted in between is left off its page.
 */
export async function readMatchedPage<Row>(
  { from, columns, joins, key, limit }: Omit<SqlListQuery, "where">,
  matches: Prisma.Sql,
  countUpTo: number | null,
): Promise<{ rows: Row[]; counted: number | null }> {
  const found = await readRows<{ id: string }>(matches, { prepare: false });
  const ids = found.slice(0, limit + 1).map((match) => match.id);
  const rows =
    ids.length === 0
      ? []
      : await readRows<Row>(Prisma.sql`
          SELECT ${columns}
          FROM ${from}
          ${joins}
          WHERE ${aliasOf(key)}.id = ANY(${ids}::uuid[])
          ORDER BY ${keysetOrderSql(key)}`);
  return { rows, counted: countUpTo === null ? null : found.length };
}

/** The first `take` rows' ids and sort values in the key's order: the matches matchesPageSql reads. */
export function orderedMatchesSql({ from, key }: Pick<SqlListQuery, "from" | "key">, conditions: Prisma.Sql, take: number): Prisma.Sql {
  return Prisma.sql`
    SELECT ${aliasOf(key)}.id, ${Prisma.raw(key.column.replace(/[^a-z0-9_.]/gi, ""))} AS sort_value
    FROM ${from}
    WHERE ${conditions}
    ORDER BY ${keysetOrderSql(key)}
    LIMIT ${sqlCount(take)}`;
}

/** The table alias the key's column is qualified by ("c" of "c.renewal_date"). */
const aliasOf = (key: SqlKeysetSort) => Prisma.raw(key.column.split(".")[0]!.replace(/[^a-z0-9_]/gi, ""));

export interface SqlListInput<Row> extends SqlListQuery {
  cursor: string | undefined;
  /** The term the conditions already match, if any: a searched list counts only to SEARCH_TOTAL_CAP. */
  search: string | undefined;
  /** The row's sort value as read (a decimal as its exact text), encoded into the next cursor. */
  valueOf: (row: Row) => KeysetValue | { toString(): string };
}

/**
 * A page in the shape every list returns ({ items, nextCursor, total, totalCapped }). A searched
 * page finds its matches once, for the count and the page (readMatchedPage: the term's lookups —
 * trigram indexes — are the costly part, planned for the term); an unsearched one is one prepared
 * statement (idsFirstPageSql).
 */
export async function readSqlList<Row extends { id: string }>({ cursor, search, valueOf, ...query }: SqlListInput<Row>) {
  const cap = totalCap(search, query.limit);
  const after = cursor ? decodeKeysetCursor(cursor, query.key.kind) : null;
  const conditions = Prisma.join(after ? [...query.where, afterKeysetSql(query.key, after)] : query.where, " AND ");
  const countUpTo = cursor ? null : cap;
  const { rows, counted } = search
    ? await readMatchedPage<Row>(query, orderedMatchesSql(query, conditions, Math.max(query.limit, countUpTo ?? 0) + 1), countUpTo)
    : await readFirstIdsPage<Row>(query, conditions, countUpTo);
  return { ...keysetPage(rows, query.limit, valueOf), ...listTotal(counted, cap) };
}

async function readFirstIdsPage<Row>(query: Omit<SqlListQuery, "where">, conditions: Prisma.Sql, countUpTo: number | null) {
  const rows = await readRows<Row & { matchCount: number | null }>(idsFirstPageSql(query, conditions, countUpTo));
  // An empty first page has no row to carry the count: nothing matched.
  return { rows, counted: countUpTo === null ? null : (rows[0]?.matchCount ?? 0) };
}

/** A record a list row joins by id and name (owner, assignee, contact): null when the row has none. */
export const joinedRecord = (id: string | null, name: string | null) => (id === null ? null : { id, name: name ?? "" });
