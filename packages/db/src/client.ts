import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Database = PrismaClient;

export interface CreateDatabaseOptions {
  databaseUrl: string;
  /** Pool size; the web app and worker each hold one pool. */
  maxConnections?: number;
  /** See DATABASE_PREPARED_STATEMENTS (env.ts). */
  preparedStatements?: boolean;
}

export function createDatabase({ databaseUrl, maxConnections = 10, preparedStatements = true }: CreateDatabaseOptions): Database {
  // JIT compilation pays off for long analytical queries, never for a screen's query: with it on,
  // Postgres spent 1.2 s compiling a 150 ms list query on 100k contacts. (PGlite ignores it.)
  //
  // Statements are prepared once per connection under a name derived from their text, so a screen's
  // query is parsed once per connection rather than on every request (node-postgres remembers
  // which names each connection has prepared). Prisma parameterises every value, so the set of
  // texts is bounded by the code's query shapes.
  const adapter = new PrismaPg(
    { connectionString: databaseUrl, max: maxConnections, options: "-c jit=off" },
    preparedStatements ? { statementNameGenerator: ({ sql }) => `h${createHash("sha1").update(sql).digest("base64url")}` } : {},
  );
  return new PrismaClient({ adapter });
}
