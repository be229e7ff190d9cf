import { createHash } from "node:crypto";
import pg from "pg";
import type { Sql } from "./generated/prisma/internal/prismaNamespace";

// Reads rows with one SQL statement straight through node-postgres, on the pool Prisma uses.
//
// For the reads a screen makes on every keystroke over the largest tables (the contact and lead
// lists, the search box): measured on 100k leads, Prisma spends ~1.0–1.3 ms of CPU turning a page
// of 50 rows into objects and ~0.5 ms on any query before its first row, against ~0.35 ms for
// the whole page through node-postgres. Everything else — every write, every transaction, every
// ordinary read — goes through Prisma.
//
// Queries are Prisma.sql templates, so values are always parameters. Rows come back as Postgres
// sends them, under the column aliases the query gives, with Prisma's conventions for the types
// that differ from node-postgres's defaults:
//
//   timestamp (Prisma's DateTime)  a Date at that UTC wall-clock time (node-postgres would read it
//                                  in the process's time zone)
//   date                           a Date at UTC midnight
//   bigint (count(*))              a number
//   numeric                        a string, as exact as stored (Prisma gives a Decimal)
//
// Date parameters are sent as UTC ISO strings, so they compare with timestamp columns as Prisma's do.

const { builtins } = pg.types;

const utcWallClock = (value: string) => new Date(`${value.replace(" ", "T")}Z`);

const parsers: Partial<Record<number, (value: string) => unknown>> = {
  [builtins.TIMESTAMP]: utcWallClock,
  [builtins.DATE]: (value) => new Date(`${value}T00:00:00Z`),
  [builtins.INT8]: Number,
};

const defaultParser = pg.types.getTypeParser as (oid: number, format?: "text" | "binary") => (value: string) => unknown;

const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => parsers[oid] ?? defaultParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface ReadOptions {
  /**
   * Prepare the statement once per connection (the default, where the database allows it). Pass
   * false for a statement whose plan must follow its values — a search pattern, whose matches
   * range from none to thousands: Postgres may settle a prepared statement on one generic plan.
   */
  prepare?: boolean;
}

export interface SqlReader {
  /** The rows of one statement, typed by the caller after the query's column aliases. */
  rows<Row>(query: Sql, options?: ReadOptions): Promise<Row[]>;
}

export function createSqlReader(currentPool: () => pg.Pool, { preparedStatements }: { preparedStatements: boolean }): SqlReader {
  return {
    async rows<Row>(query: Sql, { prepare = true }: ReadOptions = {}): Promise<Row[]> {
      const text = query.text;
      const result = await currentPool().query({
        // The same naming as Prisma's statements (client.ts), for the same reason.
        name: preparedStatements && prepare ? statementName(text) : undefined,
        text,
        values: query.values.map((value) => (value instanceof Date ? value.toISOString() : value)),
        types,
      });
      return result.rows as Row[];
    },
  };
}

// Names are remembered rather than hashed on every query; the set of texts is bounded by the
// code's query shapes, and the map is emptied should it ever grow past that.
const statementNames = new Map<string, string>();

export function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    if (statementNames.size >= 5_000) statementNames.clear();
    name = `h${createHash("sha1").update(sql).digest("base64url")}`;
    statementNames.set(sql, name);
  }
  return name;
}
