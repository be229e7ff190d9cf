import type { HistoryDiagnostic } from "@prisma/schema-engine-wasm";
import { runEngineCall } from "./load-engine";
import { type MigrateLog, noExternalEntities, withSchemaEngine } from "./engine-session";
import { defaultMigrationsDir, readMigrationList } from "./migration-files";

export interface MigrationStatusOptions {
  databaseUrl: string;
  migrationsDir?: string;
  log?: MigrateLog;
}

export interface MigrationStatus {
  /** Every migration of the folder is applied, none failed, and the database has no others. */
  upToDate: boolean;
  hasMigrationsTable: boolean;
  localMigrationNames: string[];
  /** In the folder, not yet applied. */
  unappliedMigrationNames: string[];
  /** Applied to the database, missing from the folder. */
  unpersistedMigrationNames: string[];
  failedMigrationNames: string[];
  /** Applied, then changed on disk: the checksum no longer matches. */
  editedMigrationNames: string[];
  history: HistoryDiagnostic | null;
}

/** What `prisma migrate status` reports, without the shadow database (read-only). */
export async function migrationStatus(options: MigrationStatusOptions): Promise<MigrationStatus> {
  const migrationsList = await readMigrationList(options.migrationsDir ?? defaultMigrationsDir);
  const diagnosis = await withSchemaEngine(
    { databaseUrl: options.databaseUrl, log: options.log },
    (engine) =>
      runEngineCall(() =>
        engine.diagnoseMigrationHistory({
          migrationsList,
          optInToShadowDatabase: false,
          filters: noExternalEntities,
        }),
      ),
  );
  const history = diagnosis.history;
  const unappliedMigrationNames =
    history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
  const unpersistedMigrationNames =
    history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];
  return {
    upToDate: history === null && diagnosis.failedMigrationNames.length === 0,
    hasMigrationsTable: diagnosis.hasMigrationsTable,
    localMigrationNames: migrationsList.migrationDirectories.map((directory) => directory.path),
    unappliedMigrationNames,
    unpersistedMigrationNames,
    failedMigrationNames: diagnosis.failedMigrationNames,
    editedMigrationNames: diagnosis.editedMigrationNames,
    history,
  };
}
