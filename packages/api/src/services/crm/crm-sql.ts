import { Prisma } from "@harbor/db";

/**
 * A point in time for comparison with a `timestamp` column. Prisma stores UTC wall-clock time in
 * `timestamp(3)` columns; an ISO string cast to timestamp keeps that time whatever the session's
 * TimeZone is.
 */
export function sqlTimestamp(date: Date): Prisma.Sql {
  return Prisma.sql`${date.toISOString()}::timestamp`;
}

/** A calendar date for comparison with a `date` column (Prisma stores them as UTC midnight). */
export function sqlDate(date: Date): Prisma.Sql {
  return Prisma.sql`${date.toISOString().slice(0, 10)}::date`;
}

/**
 * A row count written into a statement rather than passed as a parameter. A prepared statement
 * whose LIMIT is a parameter never gets a cached plan (planned for an unknown limit, the generic
 * plan looks far costlier than a 51-row walk), so Postgres plans it again on every call; for a list
 * page that was half its database time. Counts come from constants and validated input, so the
 * statement texts stay few.
 */
export function sqlCount(count: number): Prisma.Sql {
  if (!Number.isSafeInteger(count) || count < 0) throw new Error(`not a row count: ${count}`);
  return Prisma.raw(String(count));
}
