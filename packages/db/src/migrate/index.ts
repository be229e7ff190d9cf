export { migrateDeploy, type MigrateDeployOptions } from "./migrate-deploy";
export { migrationStatus, type MigrationStatus, type MigrationStatusOptions } from "./migration-status";
export { createMigration, type CreatedMigration, type CreateMigrationOptions } from "./create-migration";
export { defaultMigrationsDir, defaultSchemaDir } from "./migration-files";
export { SchemaEngineError } from "./load-engine";
export type { MigrateLog } from "./engine-session";
