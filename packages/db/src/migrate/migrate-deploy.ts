import { runEngineCall } from "./load-engine";
import { type MigrateLog, noExternalEntities, withSchemaEngine } from "./engine-session";
import { defaultMigrationsDir, readMigrationList } from "./migration-files";

export interface MigrateDeployOptions {
  databaseUrl: string;
  /** Defaults to packages/db/prisma/migrations. */
  migrationsDir?: string;
  log?: MigrateLog;
}

/**
 * Applies every migration of the folder not yet recorded in `_prisma_migrations` (the same
 * table, checksums and failure records as `prisma migrate deploy`) and returns their names;
 * an up-to-date database gets none. The engine holds Prisma's advisory lock while it works, so
 * concurrent deploys against one PostgreSQL server wait for each other.
 */
export async function migrateDeploy(options: MigrateDeployOptions): Promise<string[]> {
  const log = options.log ?? (() => {});
  const migrationsList = await readMigrationList(options.migrationsDir ?? defaultMigrationsDir);
  const count = migrationsList.migrationDirectories.length;
  log(`${count} migration${count === 1 ? "" : "s"} found in ${migrationsList.baseDir}`);

  const { appliedMigrationNames } = await withSchemaEngine(
    { databaseUrl: options.databaseUrl, log: options.log },
    (engine) => runEngineCall(() => engine.applyMigrations({ migrationsList, filters: noExternalEntities })),
  );

  if (appliedMigrationNames.length === 0) log("no pending migrations to apply");
  for (const name of appliedMigrationNames) log(`applied ${name}`);
  return appliedMigrationNames;
}
