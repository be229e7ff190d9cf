import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readDbEnv } from "../env";
import { withClient } from "../testing/test-database";

export const testServerUrl =
  readDbEnv().DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export { withClient };

/** A database of its own for one test, on the server at DATABASE_URL. */
export async function createThrowawayDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `harbor_test_${randomUUID().replaceAll("-", "")}`;
  await withClient(testServerUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withClient(testServerUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

export const fixtureBaseSchema = `generator client {
  provider = "prisma-client"
  output   = "./generated"
}

datasource db {
  provider = "postgresql"
}
`;

export const fixtureModelSchema = `enum Stage {
  open
  won
  lost
}

model Deal {
  id    String @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  title String
  stage Stage  @default(open)

  @@index([stage])
  @@map("deals")
}
`;

/** A temporary project folder with a schema folder and an empty migrations folder. */
export async function createFixtureProject(): Promise<{
  root: string;
  schemaDir: string;
  migrationsDir: string;
  remove(): Promise<void>;
}> {
  const root = await mkdtemp(path.join(os.tmpdir(), "harbor-migrate-"));
  const schemaDir = path.join(root, "schema");
  const migrationsDir = path.join(root, "migrations");
  await mkdir(schemaDir);
  await mkdir(migrationsDir);
  await writeFile(path.join(schemaDir, "base.prisma"), fixtureBaseSchema);
  await writeFile(path.join(schemaDir, "deal.prisma"), fixtureModelSchema);
  return { root, schemaDir, migrationsDir, remove: () => rm(root, { recursive: true, force: true }) };
}

/** A migration written by hand, as one would for SQL the schema language cannot express. */
export async function writeHandWrittenMigration(migrationsDir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(migrationsDir, name), { recursive: true });
  await writeFile(path.join(migrationsDir, name, "migration.sql"), sql);
}
