import { randomUUID } from "node:crypto";
import pg from "pg";

export interface ShadowOptions {
  databaseUrl: string;
  /**
   * A database the engine may wipe, for servers where a new database cannot be created or
   * reached (PGlite serves one database). Its `public` schema is recreated on every use.
   */
  shadowDatabaseUrl?: string;
  log?: (message: string) => void;
}

/** A scratch database the engine replays migrations into; `drop` removes what it created. */
export interface ShadowDatabase {
  url: string;
  drop(): Promise<void>;
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Prisma's own choice of shadow, in order: the configured shadow URL; a fresh
 * `prisma_migrate_shadow_db_<uuid>` database on the same server, dropped WITH (FORCE) afterwards;
 * for a server holding a single database (PGlite) or a role without CREATEDB, a throwaway
 * in-memory PGlite server.
 */
export async function createShadowDatabase(options: ShadowOptions): Promise<ShadowDatabase> {
  if (options.shadowDatabaseUrl) return resetShadowDatabase(options);
  const server = await withClient(options.databaseUrl, async (client) => {
    const { rows } = await client.query<{ version: string }>("SELECT version() AS version");
    return rows[0]?.version ?? "";
  });
  if (!server.includes("PGlite")) {
    const shadow = await createDatabaseOnSameServer(options);
    if (shadow) return shadow;
  }
  options.log?.("this server cannot hold a shadow database; using an in-memory PGlite one");
  return startInMemoryShadow();
}

async function resetShadowDatabase(options: ShadowOptions): Promise<ShadowDatabase> {
  const url = options.shadowDatabaseUrl ?? "";
  if (url === options.databaseUrl) {
    throw new Error("the shadow database URL must not be the database being migrated");
  }
  const reset = () =>
    withClient(url, async (client) => {
      await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    });
  await reset();
  return { url, drop: reset };
}

async function createDatabaseOnSameServer(options: ShadowOptions): Promise<ShadowDatabase | undefined> {
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  const drop = () =>
    withClient(options.databaseUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    });
  try {
    await withClient(options.databaseUrl, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
  } catch (error) {
    if ((error as { code?: string }).code === "42501") return undefined;
    throw error;
  }
  const url = new URL(options.databaseUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  // A proxy or pooler that ignores the database name would hand the engine the real database
  // as its shadow, which it then wipes: check before handing it over.
  const reached = await withClient(url.toString(), async (client) => {
    const { rows } = await client.query<{ name: string }>("SELECT current_database() AS name");
    return rows[0]?.name;
  });
  if (reached !== name) {
    await drop();
    return undefined;
  }
  return { url: url.toString(), drop };
}

async function startInMemoryShadow(): Promise<ShadowDatabase> {
  // Loaded on demand: PGlite costs seconds and hundreds of MB, and only PGlite targets need it.
  const { IN_MEMORY, startEmbeddedDatabase } = await import("../embedded/start-embedded-database");
  const server = await startEmbeddedDatabase({ dataDir: IN_MEMORY, port: 0 });
  return { url: server.url, drop: () => server.stop() };
}
