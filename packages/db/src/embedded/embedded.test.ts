import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../client";
import { migrateDeploy, migrationStatus } from "../migrate/index";
import { withClient, writeHandWrittenMigration } from "../migrate/test-fixtures";
import {
  DataDirLockedError,
  type EmbeddedDatabase,
  IN_MEMORY,
  isPortAcceptingConnections,
  startEmbeddedDatabase,
} from "./index";

describe("embedded postgres", () => {
  let root: string;
  let dataDir: string;
  let database: EmbeddedDatabase | undefined;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "harbor-embedded-"));
    dataDir = path.join(root, "pgdata");
    database = await startEmbeddedDatabase({ dataDir, port: 0 });
  });

  afterAll(async () => {
    await database?.stop();
    await rm(root, { recursive: true, force: true });
  });

  const running = () => {
    if (!database) throw new Error("the embedded database did not start");
    return database;
  };

  it("keeps its data across a restart from the same folder", async () => {
    await withClient(running().url, async (client) => {
      await client.query("CREATE TABLE kept (id int PRIMARY KEY, label text)");
      await client.query("INSERT INTO kept VALUES ($1, $2)", [1, "survives"]);
    });
    const { host, port } = running();
    await running().stop();
    expect(await isPortAcceptingConnections(host, port)).toBe(false);

    database = await startEmbeddedDatabase({ dataDir, port: 0 });

    expect(await isPortAcceptingConnections(running().host, running().port)).toBe(true);
    const rows = await withClient(running().url, async (client) => {
      return (await client.query<{ id: number; label: string }>("SELECT * FROM kept")).rows;
    });
    expect(rows).toEqual([{ id: 1, label: "survives" }]);
  });

  it("refuses a second server on a data folder in use", async () => {
    await expect(startEmbeddedDatabase({ dataDir, port: 0 })).rejects.toBeInstanceOf(DataDirLockedError);
  });

  it("serves three pools of five connections at once, web and worker style", async () => {
    const pools = [1, 2, 3].map(() => new pg.Pool({ connectionString: running().url, max: 5 }));
    try {
      await pools[0]?.query("CREATE TABLE events (id serial PRIMARY KEY, source int, n int)");
      const workers = pools.flatMap((pool, source) =>
        Array.from({ length: 5 }, async (_, lane) => {
          for (let step = 0; step < 20; step++) {
            const n = source * 1000 + lane * 100 + step;
            if (step % 4 === 0) {
              const client = await pool.connect();
              try {
                await client.query("BEGIN");
                await client.query("INSERT INTO events (source, n) VALUES ($1, $2)", [source, n]);
                const { rows } = await client.query<{ n: number }>("SELECT n FROM events WHERE n = $1", [n]);
                expect(rows).toEqual([{ n }]);
                await client.query("COMMIT");
              } finally {
                client.release();
              }
            } else {
              const { rows } = await pool.query<{ doubled: number; echo: string }>(
                "SELECT $1::int * 2 AS doubled, $2::text AS echo",
                [n, `lane ${n}`],
              );
              expect(rows).toEqual([{ doubled: n * 2, echo: `lane ${n}` }]);
            }
          }
        }),
      );
      await Promise.all(workers);
      const { rows } = await pools[1]!.query<{ count: number }>("SELECT count(*)::int AS count FROM events");
      expect(rows).toEqual([{ count: 3 * 5 * 5 }]);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  // PGlite serves every connection from one session, so a statement prepared by name on one
  // connection exists on all of them, and a second connection preparing it fails (42P05). npm start
  // therefore runs against it with DATABASE_PREPARED_STATEMENTS=false (scripts/lib.mjs).
  it("shares prepared statement names across connections, so Prisma runs on it with statements unnamed", async () => {
    const [first, second] = [new pg.Client({ connectionString: running().url }), new pg.Client({ connectionString: running().url })];
    await Promise.all([first.connect(), second.connect()]);
    try {
      await first.query({ name: "shared_name", text: "SELECT 1 AS one" });
      await expect(second.query({ name: "shared_name", text: "SELECT 1 AS one" })).rejects.toMatchObject({ code: "42P05" });
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
    const database = createDatabase({ databaseUrl: running().url, maxConnections: 4, preparedStatements: false });
    try {
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, n) => database.$queryRaw<{ doubled: number }[]>`SELECT ${n}::int * 2 AS doubled`),
      );
      expect(answers.map(([row]) => row?.doubled)).toEqual(Array.from({ length: 40 }, (_, n) => n * 2));
    } finally {
      await database.$disconnect();
    }
  });

  it("takes migrations through migrateDeploy, once", async () => {
    // PGlite holds one database, and the other tests have filled this one.
    const fresh = await startEmbeddedDatabase({ dataDir: IN_MEMORY, port: 0 });
    const migrationsDir = path.join(root, "migrations");
    await writeHandWrittenMigration(
      migrationsDir,
      "20260101000000_init",
      `CREATE TYPE "Stage" AS ENUM ('open', 'won');
CREATE TABLE "deals" ("id" UUID NOT NULL DEFAULT gen_random_uuid(), "stage" "Stage" NOT NULL DEFAULT 'open',
  CONSTRAINT "deals_pkey" PRIMARY KEY ("id"));
`,
    );

    try {
      expect(await migrateDeploy({ databaseUrl: fresh.url, migrationsDir })).toEqual(["20260101000000_init"]);
      expect(await migrateDeploy({ databaseUrl: fresh.url, migrationsDir })).toEqual([]);
      expect((await migrationStatus({ databaseUrl: fresh.url, migrationsDir })).upToDate).toBe(true);
      const rows = await withClient(fresh.url, async (client) => {
        return (await client.query<{ stage: string }>("INSERT INTO deals DEFAULT VALUES RETURNING stage")).rows;
      });
      expect(rows).toEqual([{ stage: "open" }]);
    } finally {
      await fresh.stop();
    }
  });
});
