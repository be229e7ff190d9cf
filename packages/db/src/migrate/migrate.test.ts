import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMigration, defaultMigrationsDir, migrateDeploy, migrationStatus } from "./index";
import {
  createFixtureProject,
  createThrowawayDatabase,
  testServerUrl,
  withClient,
  writeHandWrittenMigration,
} from "./test-fixtures";

type Database = Awaited<ReturnType<typeof createThrowawayDatabase>>;
type Project = Awaited<ReturnType<typeof createFixtureProject>>;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function appliedMigrations(url: string) {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished: boolean }>(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished
       FROM _prisma_migrations WHERE rolled_back_at IS NULL ORDER BY migration_name`,
    );
    return rows;
  });
}

async function shadowDatabaseCount(): Promise<number> {
  return withClient(testServerUrl, async (client) => {
    const { rows } = await client.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'",
    );
    return rows[0]?.count ?? 0;
  });
}

describe("migrations on PostgreSQL", () => {
  let database: Database;
  let project: Project;

  beforeEach(async () => {
    database = await createThrowawayDatabase();
    project = await createFixtureProject();
  });

  afterEach(async () => {
    await database.drop();
    await project.remove();
  });

  it("createMigration writes the first migration and the lockfile, then finds no changes", async () => {
    const shadowsBefore = await shadowDatabaseCount();
    const { migrationsDir, schemaDir } = project;

    const created = await createMigration({ databaseUrl: database.url, name: "init", migrationsDir, schemaDir });

    expect(created?.migrationName).toMatch(/^\d{14}_init$/);
    expect(created?.script).toContain('CREATE TYPE "Stage" AS ENUM');
    expect(created?.script).toContain('CREATE TABLE "deals"');
    expect(await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain(
      'provider = "postgresql"',
    );
    expect(await createMigration({ databaseUrl: database.url, name: "again", migrationsDir, schemaDir })).toBeNull();
    expect(await readdir(migrationsDir)).toHaveLength(2);
    expect(await shadowDatabaseCount()).toBe(shadowsBefore);
  });

  it("migrateDeploy applies every migration to a fresh database and records sha256 checksums", async () => {
    const { migrationsDir, schemaDir } = project;
    const init = await createMigration({ databaseUrl: database.url, name: "init", migrationsDir, schemaDir });
    await writeFile(
      path.join(schemaDir, "deal.prisma"),
      (await readFile(path.join(schemaDir, "deal.prisma"), "utf8")).replace(
        "title String",
        "title String\n  notes String?",
      ),
    );
    const notes = await createMigration({ databaseUrl: database.url, name: "deal notes", migrationsDir, schemaDir });
    expect(notes?.script).toContain('ADD COLUMN     "notes" TEXT');

    const applied = await migrateDeploy({ databaseUrl: database.url, migrationsDir });

    expect(applied).toEqual([init?.migrationName, notes?.migrationName]);
    const recorded = await appliedMigrations(database.url);
    expect(recorded).toEqual([
      { migration_name: init?.migrationName, checksum: sha256(init?.script ?? ""), finished: true },
      { migration_name: notes?.migrationName, checksum: sha256(notes?.script ?? ""), finished: true },
    ]);
    await withClient(database.url, async (client) => {
      const { rows } = await client.query("INSERT INTO deals (title) VALUES ('Fleet cover') RETURNING stage, notes");
      expect(rows).toEqual([{ stage: "open", notes: null }]);
    });
  });

  it("a second migrateDeploy applies nothing and status reports up to date", async () => {
    const { migrationsDir, schemaDir } = project;
    await createMigration({ databaseUrl: database.url, name: "init", migrationsDir, schemaDir });

    expect((await migrationStatus({ databaseUrl: database.url, migrationsDir })).upToDate).toBe(false);
    expect(await migrateDeploy({ databaseUrl: database.url, migrationsDir })).toHaveLength(1);
    expect(await migrateDeploy({ databaseUrl: database.url, migrationsDir })).toEqual([]);

    const status = await migrationStatus({ databaseUrl: database.url, migrationsDir });
    expect(status).toMatchObject({
      upToDate: true,
      hasMigrationsTable: true,
      unappliedMigrationNames: [],
      failedMigrationNames: [],
      editedMigrationNames: [],
    });
  });

  it("status lists the migrations not yet applied and those edited after being applied", async () => {
    const { migrationsDir } = project;
    await writeHandWrittenMigration(migrationsDir, "20260101000000_first", "CREATE TABLE first (id int);\n");
    await migrateDeploy({ databaseUrl: database.url, migrationsDir });
    await writeHandWrittenMigration(migrationsDir, "20260101000000_first", "CREATE TABLE first (id bigint);\n");
    await writeHandWrittenMigration(migrationsDir, "20260102000000_second", "CREATE TABLE second (id int);\n");

    const status = await migrationStatus({ databaseUrl: database.url, migrationsDir });

    expect(status.upToDate).toBe(false);
    expect(status.unappliedMigrationNames).toEqual(["20260102000000_second"]);
    expect(status.editedMigrationNames).toEqual(["20260101000000_first"]);
  });

  it("a hand-written migration with semicolons inside a function body and a string applies whole", async () => {
    const { migrationsDir } = project;
    await writeHandWrittenMigration(
      migrationsDir,
      "20260101000000_touch_trigger",
      `CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL DEFAULT 'a;b', touched_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger AS $$
BEGIN
  NEW.touched_at := now();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER notes_touch BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION touch();
`,
    );

    await migrateDeploy({ databaseUrl: database.url, migrationsDir });

    await withClient(database.url, async (client) => {
      const { rows } = await client.query("INSERT INTO notes (id) VALUES (1) RETURNING body, touched_at IS NOT NULL AS touched");
      expect(rows).toEqual([{ body: "a;b", touched: true }]);
    });
  });

  it("a failing migration is recorded as failed and stops the deploy", async () => {
    const { migrationsDir } = project;
    await writeHandWrittenMigration(migrationsDir, "20260101000000_broken", "CREATE TABLE broken (id int REFERENCES nowhere(id));\n");
    await writeHandWrittenMigration(migrationsDir, "20260102000000_after", "CREATE TABLE after_broken (id int);\n");

    await expect(migrateDeploy({ databaseUrl: database.url, migrationsDir })).rejects.toThrow(/nowhere/);

    const status = await migrationStatus({ databaseUrl: database.url, migrationsDir });
    expect(status.failedMigrationNames).toEqual(["20260101000000_broken"]);
    expect(status.upToDate).toBe(false);
  });
});

describe("the migrations folder of this package", () => {
  let database: Database;

  beforeEach(async () => {
    database = await createThrowawayDatabase();
  });

  afterEach(async () => {
    await database.drop();
  });

  it("applies to a fresh database, once", async () => {
    const folders = (await readdir(defaultMigrationsDir, { withFileTypes: true }).catch(() => [])).filter((entry) =>
      entry.isDirectory(),
    );

    const applied = await migrateDeploy({ databaseUrl: database.url });

    expect(applied).toEqual(folders.map((entry) => entry.name).sort());
    expect(await migrateDeploy({ databaseUrl: database.url })).toEqual([]);
    expect((await migrationStatus({ databaseUrl: database.url })).upToDate).toBe(true);
  });
});
