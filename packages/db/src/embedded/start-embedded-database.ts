import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { lockDataDir } from "./data-dir-lock";
import { installSessionQueue } from "./session-queue";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

export const defaultEmbeddedDataDir = path.join(repoRoot, ".harbor/pgdata");
export const DEFAULT_EMBEDDED_PORT = 54329;
export const DEFAULT_EMBEDDED_HOST = "127.0.0.1";
/** PGlite runs one query at a time anyway; connections are cheap sockets in front of a queue. */
export const DEFAULT_EMBEDDED_MAX_CONNECTIONS = 100;

/** Use as dataDir for a throwaway server (shadow databases, tests). */
export const IN_MEMORY = "memory://";

export interface EmbeddedDatabaseOptions {
  /** Folder holding the data, created when missing; IN_MEMORY for none. */
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  maxConnections?: number;
}

export interface EmbeddedDatabase {
  url: string;
  host: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Serves a PGlite database over the Postgres wire protocol so the web app, the worker, Prisma
 * and the migration engine connect to it with a plain connection string. PGlite holds a single
 * database (`postgres`): whatever database name a client asks for, it gets that one.
 */
export async function startEmbeddedDatabase(
  options: EmbeddedDatabaseOptions = {},
): Promise<EmbeddedDatabase> {
  const host = options.host ?? DEFAULT_EMBEDDED_HOST;
  const inMemory = options.dataDir === IN_MEMORY;
  const dataDir = inMemory ? IN_MEMORY : path.resolve(options.dataDir ?? defaultEmbeddedDataDir);

  let unlock: (() => Promise<void>) | undefined;
  if (!inMemory) {
    await mkdir(dataDir, { recursive: true });
    unlock = await lockDataDir(dataDir);
  }

  let db: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  try {
    // Contrib extensions the migrations create must be loaded into the wasm build up front.
    const extensions = { pg_trgm };
    db = inMemory ? new PGlite({ extensions }) : new PGlite({ dataDir, extensions });
    await db.waitReady;
    server = new PGLiteSocketServer({
      db,
      host,
      port: options.port ?? DEFAULT_EMBEDDED_PORT,
      maxConnections: options.maxConnections ?? DEFAULT_EMBEDDED_MAX_CONNECTIONS,
    });
    installSessionQueue(server, db);
    await server.start();
  } catch (error) {
    if (db && !db.closed) await db.close();
    await unlock?.();
    throw error;
  }

  const port = Number(server.getServerConn().split(":").at(-1));
  const url = `postgresql://postgres@${host.includes(":") ? `[${host}]` : host}:${port}/postgres`;
  const runningDb = db;
  const runningServer = server;
  let stopping: Promise<void> | undefined;

  return {
    url,
    host,
    port,
    dataDir,
    stop() {
      stopping ??= (async () => {
        await runningServer.stop();
        // stop() detaches connections without waiting for them; a detach may still roll back an
        // open transaction, which must reach the database before it closes.
        await new Promise((resolve) => setImmediate(resolve));
        if (!runningDb.closed) await runningDb.close();
        await unlock?.();
      })();
      return stopping;
    },
  };
}
