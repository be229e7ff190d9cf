import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Database = PrismaClient;

export interface CreateDatabaseOptions {
  databaseUrl: string;
  /** Pool size; the web app and worker each hold one pool. */
  maxConnections?: number;
}

export function createDatabase({ databaseUrl, maxConnections = 10 }: CreateDatabaseOptions): Database {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: maxConnections });
  return new PrismaClient({ adapter });
}
