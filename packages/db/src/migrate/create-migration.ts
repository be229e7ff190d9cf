import { runEngineCall } from "./load-engine";
import { type MigrateLog, noExternalEntities, withSchemaEngine } from "./engine-session";
import {
  defaultMigrationsDir,
  defaultSchemaDir,
  normalizeMigrationName,
  readMigrationList,
  readSchemaFiles,
  writeMigration,
} from "./migration-files";

export interface CreateMigrationOptions {
  /** Only hosts the shadow database the history is replayed into; it is not changed. */
  databaseUrl: string;
  name: string;
  shadowDatabaseUrl?: string;
  migrationsDir?: string;
  schemaDir?: string;
  log?: MigrateLog;
}

export interface CreatedMigration {
  migrationName: string;
  migrationFile: string;
  script: string;
}

/**
 * `prisma migrate dev --create-only`, which the wasm engine cannot run itself ("shadow DB must be
 * provided through an external factory"): replay the migrations folder on a shadow database,
 * diff it against the schema folder and write the difference as the next migration. Returns
 * null, writing nothing, when the schema matches the history.
 */
export async function createMigration(options: CreateMigrationOptions): Promise<CreatedMigration | null> {
  const log = options.log ?? (() => {});
  normalizeMigrationName(options.name);
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir;
  const [migrationsList, schemaFiles] = await Promise.all([
    readMigrationList(migrationsDir),
    readSchemaFiles(options.schemaDir ?? defaultSchemaDir),
  ]);

  const diff = await withSchemaEngine(
    {
      databaseUrl: options.databaseUrl,
      shadowDatabaseUrl: options.shadowDatabaseUrl,
      schemaFiles,
      log: options.log,
    },
    (engine) =>
      runEngineCall(() =>
        engine.diff({
          from: { tag: "migrations", ...migrationsList },
          to: { tag: "schemaDatamodel", files: schemaFiles },
          script: true,
          exitCode: true,
          filters: noExternalEntities,
        }),
      ),
  );

  // exitCode 2 means "there is a difference"; an empty diff still prints a comment-only script.
  if (diff.exitCode !== 2 || !diff.stdout?.trim()) {
    log("no changes: the schema matches the migrations folder");
    return null;
  }
  const script = diff.stdout.endsWith("\n") ? diff.stdout : `${diff.stdout}\n`;
  const written = await writeMigration({ migrationsDir, name: options.name, script });
  log(`created ${written.migrationFile}`);
  return { ...written, script };
}
