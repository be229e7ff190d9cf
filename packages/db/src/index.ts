import { createDatabase, type Database } from "./client";
import { readDatabaseEnv } from "./env";

export * from "./generated/prisma/client";
export { createDatabase, type Database } from "./client";

// One pool per process. Next.js reloads modules in development, so the instance is kept on
// globalThis to avoid opening a new pool on every reload.
const globalForDb = globalThis as unknown as { harborDb?: Database };

function createFromEnv(): Database {
  const env = readDatabaseEnv();
  return createDatabase({ databaseUrl: env.DATABASE_URL, maxConnections: env.DATABASE_POOL_SIZE });
}

export const db: Database = (globalForDb.harborDb ??= createFromEnv());
