import { Prisma } from "@harbor/db";
import type { Actor } from "../access/actor";
import { AppError } from "../errors";

// Keyset pagination over any sort key: (value, id), with nulls last in both directions, served by
// organization-first indexes that end in the sort key and id, unlike OFFSET, which reads every
// skipped row. Every list pages this way.

export type SortDirection = "asc" | "desc";

/** What every list service takes besides its filters: who asks, the cursor, the page size and the search term. */
export interface ListPageInput<TActor = Actor> {
  actor: TActor;
  cursor?: string;
  limit: number;
  search?: string;
}
export type KeysetKind = "string" | "number" | "decimal" | "date";
export type KeysetValue = string | number | Date | null;

export interface KeysetPosition {
  value: KeysetValue;
  id: string;
}

export interface KeysetSort<Field extends string = string> {
  field: Field;
  direction: SortDirection;
  kind: KeysetKind;
  /** Whether the column can be null; nulls sort last either way. */
  nullable?: boolean;
}

const invalidCursor = () => new AppError("VALIDATION_ERROR", "cursor is not valid", { fieldErrors: { cursor: ["Invalid cursor"] } });

export function encodeKeysetCursor(value: KeysetValue | { toString(): string }, id: string): string {
  const encoded = value instanceof Date ? value.toISOString() : value === null || typeof value === "number" ? value : String(value);
  return Buffer.from(JSON.stringify([encoded, id])).toString("base64url");
}

export function decodeKeysetCursor(cursor: string, kind: KeysetKind): KeysetPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[1] !== "string" || parsed[1].length === 0) throw invalidCursor();
  const [raw, id] = parsed as [unknown, string];
  if (raw === null) return { value: null, id };
  switch (kind) {
    case "number":
      // Number sort keys are integer columns (scores, probabilities).
      if (typeof raw !== "number" || !Number.isSafeInteger(raw)) throw invalidCursor();
      return { value: raw, id };
    case "decimal":
      if (typeof raw !== "string" || !/^-?\d+(\.\d+)?$/.test(raw)) throw invalidCursor();
      return { value: raw, id };
    case "date": {
      const date = typeof raw === "string" ? new Date(raw) : new Date(Number.NaN);
      if (Number.isNaN(date.getTime())) throw invalidCursor();
      return { value: date, id };
    }
    case "string":
      if (typeof raw !== "string") throw invalidCursor();
      return { value: raw, id };
  }
}

/** The Prisma orderBy for a keyset sort: the column (nulls last), then id the same way. */
export function keysetOrderBy({ field, direction, nullable }: KeysetSort) {
  return [{ [field]: nullable ? { sort: direction, nulls: "last" } : direction }, { id: direction }];
}

/** The rows after a position, in the order keysetOrderBy gives. */
export function afterKeyset({ field, direction, nullable }: KeysetSort, { value, id }: KeysetPosition): Record<string, unknown> {
  const beyond = direction === "asc" ? "gt" : "lt";
  if (value === null) return { [field]: null, id: { [beyond]: id } };
  return {
    OR: [{ [field]: { [beyond]: value } }, { [field]: value, id: { [beyond]: id } }, ...(nullable ? [{ [field]: null }] : [])],
  };
}

// The same keyset, as SQL over a table aliased in the query, for the lists read in one statement
// (crm/person-list-page.ts). The column is named, not derived from the field.

export interface SqlKeysetSort extends KeysetSort {
  /** The sort column, qualified by its table's alias: "l.created_at". */
  column: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const identifier = (qualified: string) => Prisma.raw(qualified.replace(/[^a-z0-9_.]/gi, ""));
const idColumnOf = (column: string) => identifier(`${column.split(".")[0]}.id`);

/** ORDER BY for a keyset sort: the column (nulls last), then id the same way. */
/** The sort key a list was asked for, in the order asked for or else its own. */
export function orderedKey<TSort extends string>(keys: Record<TSort, SqlKeysetSort>, sort: TSort, order: SortDirection | undefined): SqlKeysetSort {
  return { ...keys[sort], direction: order ?? keys[sort].direction };
}

export function keysetOrderSql({ column, direction, nullable }: SqlKeysetSort): Prisma.Sql {
  const way = Prisma.raw(direction === "asc" ? "ASC" : "DESC");
  return Prisma.sql`${identifier(column)} ${way}${Prisma.raw(nullable ? " NULLS LAST" : "")}, ${idColumnOf(column)} ${way}`;
}

/** The rows after a position, in the order keysetOrderSql gives. */
export function afterKeysetSql(key: SqlKeysetSort, { value, id }: KeysetPosition): Prisma.Sql {
  if (!UUID.test(id)) throw invalidCursor();
  const column = identifier(key.column);
  const idColumn = idColumnOf(key.column);
  const beyond = Prisma.raw(key.direction === "asc" ? ">" : "<");
  if (value === null) return Prisma.sql`(${column} IS NULL AND ${idColumn} ${beyond} ${id}::uuid)`;
  const typed =
    value instanceof Date
      ? Prisma.sql`${value.toISOString()}::timestamp`
      : key.kind === "decimal"
        ? Prisma.sql`${value}::numeric`
        : key.kind === "number"
          ? Prisma.sql`${value}::int`
          : Prisma.sql`${value}::text`;
  const beyondValue = Prisma.sql`(${column}, ${idColumn}) ${beyond} (${typed}, ${id}::uuid)`;
  return key.nullable ? Prisma.sql`(${beyondValue} OR ${column} IS NULL)` : beyondValue;
}

/** Cuts the extra row a list fetched (take: limit + 1) and encodes the cursor of the last item. */
export function keysetPage<T extends { id: string }>(rows: T[], limit: number, valueOf: (row: T) => KeysetValue | { toString(): string }) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeKeysetCursor(valueOf(last), last.id) : null };
}

/**
 * List totals are counted on the first page only (later pages carry null: the screen already has
 * it) and only up to a cap, so a list over 100k rows never pays for counting them all;
 * `totalCapped` says the real number is larger ("1,000+"). A searched list counts no further than
 * its page, at least 50 ("50+ matches": refine the term): its matches are found by testing rows one
 * by one, so counting a common term's thousands of matches would cost more than the page itself —
 * on 100k contacts, counting a common surname to 100 rather than 50 took a third of the list's
 * database time.
 *
 * Count with `totalCountArgs(where, orderBy, cap)`: the count walks the list's own sort order, so the
 * index that serves the page serves the count too. (Given only `take`, Prisma orders the capped
 * count by id, and Postgres walks the primary key filtering every row: 6 ms instead of 0.3 ms for
 * the first 1,000 of 100k leads.)
 */
export const LIST_TOTAL_CAP = 1_000;
export const SEARCH_TOTAL_CAP = 50;

export function totalCap(search: string | undefined, limit: number): number {
  return search ? Math.max(limit, SEARCH_TOTAL_CAP) : LIST_TOTAL_CAP;
}

export function totalCountArgs<Where, OrderBy>(where: Where, orderBy: OrderBy, cap: number) {
  return { where, orderBy, take: cap + 1 };
}

export function listTotal(counted: number | null, cap: number): { total: number | null; totalCapped: boolean } {
  return { total: counted === null ? null : Math.min(counted, cap), totalCapped: counted !== null && counted > cap };
}

/** The arguments readKeysetList hands to a Prisma delegate: the page's where, the keyset order, a take. */
export interface KeysetReadArgs<Where> {
  where: Where;
  orderBy: ReturnType<typeof keysetOrderBy>;
  take: number;
}

export interface KeysetListInput<Row extends { id: string }, Where> {
  /** The list's whole filter, scope included: the total counts it, the page walks it. */
  where: Where;
  sort: KeysetSort;
  cursor?: string;
  limit: number;
  search?: string;
  findMany: (args: KeysetReadArgs<Where>) => Promise<Row[]>;
  count: (args: KeysetReadArgs<Where>) => Promise<number>;
  /**
   * The page's ids alone, for a list whose filter no index orders (an OR of two owners): Prisma
   * joins each row's relations before sorting, so a page of 51 joined every matching row (an
   * agent's 3,300 tasks: 55 ms). Given, the page is found as ids (a sort of bare rows) and
   * `findMany` then reads just those, `where: { id: { in } }` with the same order.
   */
  findIds?: (args: KeysetReadArgs<Where>) => Promise<{ id: string }[]>;
  /** The row's sort value, encoded into the next cursor. */
  valueOf: (row: Row) => KeysetValue | { toString(): string };
}

/** The sort most lists take: newest first by a timestamp, createdAt unless named. */
export function newestFirst<Field extends string = "createdAt">(field: Field = "createdAt" as Field): KeysetSort<Field> {
  return { field, direction: "desc", kind: "date" };
}

/**
 * One page of a list read through Prisma, in the shape every list returns: `{ items, nextCursor,
 * total, totalCapped }`, the total capped and counted on the first page only (see LIST_TOTAL_CAP).
 */
export async function readKeysetList<Row extends { id: string }, Where extends object>({
  where,
  sort,
  cursor,
  limit,
  search,
  findMany,
  count,
  findIds,
  valueOf,
}: KeysetListInput<Row, Where>) {
  const orderBy = keysetOrderBy(sort);
  // Every Prisma where input takes AND; the keyset condition is built for the sort's own field.
  const page = cursor ? ({ AND: [where, afterKeyset(sort, decodeKeysetCursor(cursor, sort.kind))] } as Where) : where;
  const cap = totalCap(search, limit);
  const readPage = async () => {
    if (!findIds) return findMany({ where: page, orderBy, take: limit + 1 });
    const ids = (await findIds({ where: page, orderBy, take: limit + 1 })).map((row) => row.id);
    return ids.length === 0 ? [] : findMany({ where: { id: { in: ids } } as Where, orderBy, take: ids.length });
  };
  const [rows, counted] = await Promise.all([readPage(), cursor ? null : count(totalCountArgs(where, orderBy, cap))]);
  return { ...keysetPage(rows, limit, valueOf), ...listTotal(counted, cap) };
}

/** A Prisma model's delegate (`db.apiKey`), as readModelList reads it. */
interface KeysetModel {
  findMany(args: never): Promise<unknown[]>;
  count(args: never): Promise<number>;
}

type ModelRow<Model, Select> = Prisma.Result<Model, { select: Select }, "findMany">[number] & { id: string };
type ModelWhere<Model> = NonNullable<Prisma.Args<Model, "findMany">["where"]>;

export interface ModelListInput<Model, Select> {
  model: Model;
  select: Select;
  where: ModelWhere<Model>;
  /** A selected column; newest first by createdAt unless given. */
  sort?: KeysetSort<keyof ModelRow<Model, Select> & string>;
  cursor?: string | undefined;
  limit: number;
  search?: string | undefined;
}

/**
 * readKeysetList over one model: its rows as `select` names them, the cursor taken from the sort's
 * column. A sort given must name a selected column; the default's createdAt is not checked.
 */
export function readModelList<Model extends KeysetModel, Select>({ model, select, sort = newestFirst<never>(), ...list }: ModelListInput<Model, Select>) {
  return readKeysetList<ModelRow<Model, Select>, ModelWhere<Model>>({
    ...list,
    sort,
    findMany: (args) => model.findMany({ ...args, select } as never) as Promise<ModelRow<Model, Select>[]>,
    count: (args) => model.count(args as never),
    valueOf: (row) => row[sort.field] as KeysetValue,
  });
}
