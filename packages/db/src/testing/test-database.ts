import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrateDeploy } from "../migrate";

// Every test file gets its own database, cloned from a migrated template. Cloning with
// CREATE DATABASE … TEMPLATE copies files instead of replaying migrations (~100 ms a file).

const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");

export function testServerUrl(): string {
  return process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The template's name follows the migrations' content, so a changed migration gets a new template. */
function templateName(): string {
  const hash = createHash("sha256");
  for (const entry of readdirSync(migrationsDir).sort()) {
    if (entry.endsWith(".toml")) continue;
    hash.update(entry);
    hash.update(readFileSync(path.join(migrationsDir, entry, "migration.sql")));
  }
  return `harbor_test_template_${hash.digest("hex").slice(0, 12)}`;
}

/** Runs `run` on a connection of its own to `url`, closed afterwards (test databases and their fixtures). */
export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates the migrated template once per migration set; safe to call from several processes. */
export async function ensureTemplateDatabase(serverUrl = testServerUrl()): Promise<string> {
  const name = templateName();
  const exists = await withClient(serverUrl, async (client) => {
    const result = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return result.rowCount === 1;
  });
  if (exists) return name;

  const building = `${name}_building_${randomBytes(3).toString("hex")}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${building}"`));
  await migrateDeploy({ databaseUrl: withDatabase(serverUrl, building) });
  await withClient(serverUrl, async (client) => {
    try {
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    } catch (error) {
      // Another process finished first: keep theirs.
      await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      if (!String(error).includes("already exists")) throw error;
    }
  });
  return name;
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(serverUrl = testServerUrl()): Promise<TestDatabase> {
  const template = await ensureTemplateDatabase(serverUrl);
  const name = `harbor_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop: () => withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
