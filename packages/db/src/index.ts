import { createDatabase, type Database } from "./client";
import { readDatabaseEnv } from "./env";

export * from "./generated/prisma/client";
export { createDatabase, type Database } from "./client";

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
