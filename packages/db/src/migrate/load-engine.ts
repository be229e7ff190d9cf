import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type * as bindgen from "@prisma/schema-engine-wasm/schema_engine_bg";

type BindgenModule = typeof bindgen;

interface PanicRegistry {
  lastMessage: string | undefined;
  set_message(message: string): void;
}

declare global {
  var PRISMA_WASM_PANIC_REGISTRY: PanicRegistry | undefined;
}

// Node has WebAssembly as a global, but the shared tsconfig's libs (no "dom") only declare its
// types; this is the one call needed.
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, Record<string, unknown>>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

export type EngineLog = (line: string) => void;

let bindgenModule: Promise<BindgenModule> | undefined;

/**
 * The package's own entry point imports the .wasm file as an ES module, which Node cannot do, so
 * the module is instantiated by hand. The bindgen glue keeps the instance in a module-level
 * variable, so one instance serves the whole process.
 */
function loadBindgenModule(): Promise<BindgenModule> {
  bindgenModule ??= (async () => {
    // The engine reports a Rust panic through this global just before it traps; without it the
    // only error is "unreachable executed".
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
      lastMessage: undefined,
      set_message(message: string) {
        this.lastMessage = message;
      },
    };
    const require = createRequire(import.meta.url);
    const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bytes = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
    const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": withUnrefTimers(glue),
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return bindgenModule;
}

/**
 * The engine races each advisory-lock wait against a 10 s timer that it never clears, which
 * would keep a finished migration process alive for 10 s. Unref'd, the timer still fires while
 * the process has work, and no longer holds it open when it has none.
 */
function withUnrefTimers(glue: BindgenModule): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...glue };
  for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
    imports[name] = (callback: () => void, milliseconds: number) =>
      setTimeout(callback, milliseconds >>> 0).unref();
  }
  return imports;
}

export interface SchemaFile {
  path: string;
  content: string;
}

/** An engine bound to one database; `close` frees the wasm side. */
export interface EngineHandle {
  engine: SchemaEngine;
  close(): void;
}

export async function createSchemaEngine(options: {
  schemaFiles?: SchemaFile[];
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  log?: EngineLog;
}): Promise<EngineHandle> {
  const glue = await loadBindgenModule();
  const log = options.log ?? (() => {});
  const engine = await runEngineCall(() =>
    glue.SchemaEngine.new(
      { datamodels: options.schemaFiles?.map((file) => [file.path, file.content]) },
      (line: string) => log(line),
      bindMigrationAwareSqlAdapterFactory(options.adapterFactory),
    ),
  );
  return { engine, close: () => engine.free() };
}

/**
 * Some panics trap inside a callback the engine scheduled, so they surface as an uncaught
 * "RuntimeError: unreachable" rather than a rejected call; a process can print this instead.
 */
export function lastEnginePanic(): string | undefined {
  return globalThis.PRISMA_WASM_PANIC_REGISTRY?.lastMessage;
}

export class SchemaEngineError extends Error {
  override name = "SchemaEngineError";
}

/**
 * Engine failures arrive as plain objects, strings or a wasm trap; this turns each into an Error
 * whose message a person can read, including the panic message when there was one.
 */
export async function runEngineCall<T>(call: () => Promise<T>): Promise<T> {
  const registry = globalThis.PRISMA_WASM_PANIC_REGISTRY;
  if (registry) registry.lastMessage = undefined;
  try {
    return await call();
  } catch (error) {
    const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY?.lastMessage;
    if (panic) throw new SchemaEngineError(`schema engine panicked: ${panic}`, { cause: error });
    throw new SchemaEngineError(describeEngineError(error), { cause: error });
  }
}

function describeEngineError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  if (error && typeof error === "object") {
    const record = error as Record<string, unknown>;
    if (typeof record.message === "string") return record.message;
    return JSON.stringify(error);
  }
  return String(error);
}
