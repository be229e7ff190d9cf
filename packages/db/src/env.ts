import { optionalString, parseEnv, port } from "@harbor/config/env";
import { z } from "zod";

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgresql:// connection string");

export const dbEnvSchema = z.object({
  /** Unset means "use the embedded database" wherever a caller offers one. */
  DATABASE_URL: optionalString.pipe(postgresUrl.optional()),
  /** Connections per process; the web app and the worker each hold one pool. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * Prepare each statement once per connection ("true", the default). "false" where connections
   * share one server session — the embedded database (PGlite serves every connection from one
   * session, so two connections preparing the same statement collide), or a pooler in transaction
   * mode (PgBouncer) — as Prisma's own `pgbouncer=true` does.
   */
  DATABASE_PREPARED_STATEMENTS: z.enum(["true", "false"]).default("true").transform((value) => value === "true"),
  /** Only for `migrate new` against a server that cannot create a scratch database. */
  SHADOW_DATABASE_URL: optionalString.pipe(postgresUrl.optional()),
  EMBEDDED_DB_HOST: optionalString.pipe(z.string().default("127.0.0.1")),
  EMBEDDED_DB_PORT: port(54329),
  /** Defaults to <repo>/.harbor/pgdata. */
  EMBEDDED_DB_DIR: optionalString,
});

export type DbEnv = z.infer<typeof dbEnvSchema>;

export function readDbEnv(source: Record<string, string | undefined> = process.env): DbEnv {
  return parseEnv(dbEnvSchema, source);
}

/** For commands that cannot fall back to the embedded database. */
export function readDatabaseEnv(
  source: Record<string, string | undefined> = process.env,
): DbEnv & { DATABASE_URL: string } {
  return parseEnv(dbEnvSchema.extend({ DATABASE_URL: postgresUrl }), source);
}
