import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import { createMigrationAdapterFactory } from "./adapter";
import { createSchemaEngine, type SchemaFile } from "./load-engine";

export type MigrateLog = (message: string) => void;

export interface EngineSessionOptions {
  databaseUrl: string;
  shadowDatabaseUrl?: string;
  /** Omitted for commands that only read the migrations folder (deploy, status). */
  schemaFiles?: SchemaFile[];
  log?: MigrateLog;
}

/** Harbor manages every table and enum through migrations. */
export const noExternalEntities: SchemaFilter = { externalTables: [], externalEnums: [] };

/**
 * Runs one engine command against one database and releases everything after it, including
 * the pools: left open, they keep the process alive for pg's idle timeout.
 */
export async function withSchemaEngine<T>(
  options: EngineSessionOptions,
  command: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const adapterFactory = createMigrationAdapterFactory(options);
  try {
    const handle = await createSchemaEngine({
      schemaFiles: options.schemaFiles,
      adapterFactory,
      log: options.log ? engineLogForwarder(options.log) : undefined,
    });
    try {
      return await command(handle.engine);
    } finally {
      handle.close();
    }
  } finally {
    await adapterFactory.close();
  }
}

/** The engine logs JSON lines; only the message of each is of use to a person. */
function engineLogForwarder(log: MigrateLog): (line: string) => void {
  return (line) => {
    try {
      const parsed = JSON.parse(line) as { fields?: { message?: unknown } };
      const message = parsed.fields?.message;
      if (typeof message === "string" && message) log(message);
    } catch {
      log(line);
    }
  };
}
