import type { Sql } from "./generated/prisma/internal/prismaNamespace";
import { createDatabase, sqlReaderOf, type Database } from "./client";
import type { ReadOptions } from "./sql-reader";
import { readDatabaseEnv } from "./env";

export * from "./generated/prisma/client";
export { createDatabase, sqlReaderOf, type Database } from "./client";
export type { ReadOptions, SqlReader } from "./sql-reader";

// One pool per process, opened on first use: importing @harbor/db (as `next build` does) needs no
// DATABASE_URL. Next.js reloads modules in development, so the instance is kept on globalThis.
const globalForDb = globalThis as unknown as { harborDb?: Database };

function instance(): Database {
  if (!globalForDb.harborDb) {
    const env = readDatabaseEnv();
    globalForDb.harborDb = createDatabase({
      databaseUrl: env.DATABASE_URL,
      maxConnections: env.DATABASE_POOL_SIZE,
      preparedStatements: env.DATABASE_PREPARED_STATEMENTS,
    });
  }
  return globalForDb.harborDb;
}

export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const client = instance();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});

/**
 * The rows of one SQL statement, read through node-postgres on the same pool, outside any
 * transaction: for the hottest list and search reads only (see sql-reader.ts for why and for how
 * types come back). Everything else uses `db`.
 */
export function readRows<Row>(query: Sql, options?: ReadOptions): Promise<Row[]> {
  return sqlReaderOf(instance()).rows<Row>(query, options);
}
