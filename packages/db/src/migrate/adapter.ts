import { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { CharAwareClient, reportCharColumns } from "./char-columns";
import { createShadowDatabase, type ShadowDatabase, type ShadowOptions } from "./shadow";

export interface MigrationAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Ends every pool opened for the engine and drops any shadow database it left behind. */
  close(): Promise<void>;
}

export interface MigrationAdapterOptions extends ShadowOptions {
  databaseUrl: string;
}

/**
 * The adapter factory handed to the schema engine. Unlike adapter-pg's own factory it owns its
 * pools (so the process can end them and exit at once), reports `"char"` columns the way the
 * engine needs, and gives the engine a real, separate shadow database.
 */
export function createMigrationAdapterFactory(options: MigrationAdapterOptions): MigrationAdapterFactory {
  const pools = new Set<pg.Pool>();
  const shadows = new Set<ShadowDatabase>();

  const openPool = (connectionString: string) => {
    const pool = new pg.Pool({ connectionString, Client: CharAwareClient, max: 4 });
    // An idle connection dropped by the server must not crash the migration process.
    pool.on("error", () => {});
    pools.add(pool);
    return pool;
  };

  const endPool = async (pool: pg.Pool) => {
    if (!pools.delete(pool)) return;
    await pool.end();
  };

  const openAdapter = async (pool: pg.Pool, release: () => Promise<void>): Promise<SqlDriverAdapter> => {
    const adapter = reportCharColumns(await new PrismaPg(pool).connect());
    // adapter-pg splits scripts on ";", which breaks a migration holding a function body or a
    // string with a semicolon. A query without parameters goes over the simple protocol, which
    // runs a whole multi-statement script at once, as the native engine does.
    adapter.executeScript = async (script) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    };
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await release();
    };
    return adapter;
  };

  const mainPool = openPool(options.databaseUrl);

  return {
    provider: "postgres",
    adapterName: "@harbor/db-migrate",
    connect: () => openAdapter(mainPool, async () => {}),
    async connectToShadowDb() {
      const shadow = await createShadowDatabase(options);
      shadows.add(shadow);
      const pool = openPool(shadow.url);
      return openAdapter(pool, async () => {
        await endPool(pool);
        if (shadows.delete(shadow)) await shadow.drop();
      });
    },
    async close() {
      await Promise.all([...pools].map(endPool));
      const leftovers = [...shadows];
      shadows.clear();
      await Promise.all(leftovers.map((shadow) => shadow.drop()));
    },
  };
}
