import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { createSqlReader, statementName, type SqlReader } from "./sql-reader";

export type Database = PrismaClient;

export interface CreateDatabaseOptions {
  databaseUrl: string;
  /** Pool size; the web app and worker each hold one pool. */
  maxConnections?: number;
  /** See DATABASE_PREPARED_STATEMENTS (env.ts). */
  preparedStatements?: boolean;
}

// Kept on globalThis, like the `db` singleton (index.ts): a bundler may load this module more than
// once in one process (Next loads instrumentation and route handlers as separate bundles), and a
// client made by one copy must still find its reader from another.
const globalForReaders = globalThis as unknown as { harborSqlReaders?: WeakMap<Database, SqlReader> };
const readers = (globalForReaders.harborSqlReaders ??= new WeakMap<Database, SqlReader>());

export function createDatabase({ databaseUrl, maxConnections = 10, preparedStatements = true }: CreateDatabaseOptions): Database {
  const pools = sharedPools(() => {
    // JIT compilation pays off for long analytical queries, never for a screen's query: with it on,
    // Postgres spent 1.2 s compiling a 150 ms list query on 100k contacts. (PGlite ignores it.)
    const pool = new pg.Pool({ connectionString: databaseUrl, max: maxConnections, options: "-c jit=off" });
    // A connection the server closes while idle (a restart, a dropped database) leaves the pool, and
    // the next query opens another; unheard, the pool's error event would end the process.
    pool.on("error", (error) => console.warn(`database: an idle connection was closed (${error.message})`));
    return pool;
  });
  // Statements are prepared once per connection under a name derived from their text, so a screen's
  // query is parsed once per connection rather than on every request (node-postgres remembers
  // which names each connection has prepared). Prisma parameterises every value, so the set of
  // texts is bounded by the code's query shapes.
  const adapterOptions = {
    disposeExternalPool: true,
    ...(preparedStatements ? { statementNameGenerator: ({ sql }: { sql: string }) => statementName(sql) } : {}),
  };
  const template = new PrismaPg(pools.current(), adapterOptions);
  // Prisma's pg adapter on the pool readRows shares. $disconnect ends the pool; the next query,
  // through Prisma or readRows, opens a new one, as Prisma does with a pool of its own.
  const adapter: SqlDriverAdapterFactory = {
    provider: template.provider,
    adapterName: template.adapterName,
    connect: () => new PrismaPg(pools.current(), adapterOptions).connect(),
  };
  const database = new PrismaClient({ adapter });
  readers.set(database, createSqlReader(() => pools.current(), { preparedStatements }));
  return database;
}

/** One pool at a time: the current one, or a new one once it has been ended. */
function sharedPools(open: () => pg.Pool) {
  let pool = open();
  return {
    current(): pg.Pool {
      if (pool.ended || pool.ending) pool = open();
      return pool;
    },
  };
}

/** The SQL reader (sql-reader.ts) on a database's own pool. */
export function sqlReaderOf(database: Database): SqlReader {
  const reader = readers.get(database);
  if (!reader) throw new Error("sqlReaderOf: this client was not made by createDatabase");
  return reader;
}
