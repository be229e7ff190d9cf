import { optionalString, parseEnv } from "@harbor/config/env";
import { z } from "zod";

const limit = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const MB = 1024 * 1024;

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Key for secrets stored encrypted (security/secret-box.ts); derived from AUTH_SECRET when unset.
  HARBOR_ENCRYPTION_KEY: optionalString,
  AUTH_SECRET: optionalString,
  // Jobs run on Inngest when any of these names a server (jobs/engine.ts), else on the embedded runner.
  INNGEST_EVENT_KEY: optionalString,
  INNGEST_SIGNING_KEY: optionalString,
  INNGEST_BASE_URL: optionalString,
  INNGEST_DEV: optionalString,
  // Pusher (or any server speaking its HTTP API: soketi, or the local stand-in npm start runs).
  PUSHER_APP_ID: optionalString,
  PUSHER_KEY: optionalString,
  PUSHER_SECRET: optionalString,
  PUSHER_CLUSTER: optionalString,
  PUSHER_HOST: optionalString,
  PUSHER_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  PUSHER_USE_TLS: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => value !== "false"),
  // Where this instance LISTENs for actor-cache invalidations from the others (cluster/actor-sync.ts):
  // a direct connection (LISTEN does not work through PgBouncer's transaction mode); defaults to
  // DATABASE_URL. "off" for a single instance on a server without LISTEN (the embedded database).
  DATABASE_LISTEN_URL: optionalString,
  // The largest request body /api/trpc reads; anything larger is refused with 413 before it is read.
  API_MAX_BODY_BYTES: limit(15 * MB),
  // Lead imports (services/crm/leads/import/import-limits.ts).
  IMPORT_MAX_FILE_BYTES: limit(10 * MB),
  IMPORT_MAX_UNCOMPRESSED_BYTES: limit(50 * MB),
  IMPORT_MAX_ROWS: limit(100_000),
  IMPORT_MAX_COLUMNS: limit(200),
  IMPORT_MAX_CELL_CHARS: limit(10_000),
  IMPORT_MAX_ERRORS: limit(1_000),
  // A lead file with more data rows than this is applied by the worker (queued-import.ts).
  IMPORT_QUEUE_ABOVE_ROWS: limit(2_000),
  // Mail (services/mail): every message is written to the outbox; with SMTP_URL it is also sent.
  SMTP_URL: optionalString,
  MAIL_FROM: z.string().default("Harbor <no-reply@harbor.local>"),
  // The public address links in mails point to (reset, verification).
  AUTH_URL: optionalString.transform((value) => value ?? "http://localhost:3000"),
  // How many proxies in front of Harbor append to X-Forwarded-For (client-ip.ts): the client's
  // address is that many entries from the right, so what a client wrote before it is ignored.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(1),
  // "false" makes Harbor invite-only: auth.signUp is refused and admins add users.
  SIGN_UP_ENABLED: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => value !== "false"),
  // Requests a minute one API key may make (per web instance).
  API_KEY_RATE_LIMIT_PER_MINUTE: limit(600),
  // Attached files (services/files): where they are kept (default <repo>/.harbor/files) and the
  // largest accepted (spec 001: 10 MB).
  FILES_DIR: optionalString,
  FILES_MAX_BYTES: limit(10 * MB),
  // An S3-compatible store instead of the folder (file-store.ts), when FILES_S3_BUCKET is set:
  // AWS S3 (no endpoint) or MinIO, Ceph, R2… at FILES_S3_ENDPOINT (path-style addressing).
  FILES_S3_BUCKET: optionalString,
  FILES_S3_ENDPOINT: optionalString.pipe(z.url({ error: "must be a URL such as http://127.0.0.1:9000" }).optional()),
  FILES_S3_REGION: optionalString.transform((value) => value ?? "us-east-1"),
  // Without these the SDK's own credential chain (instance role, AWS_* variables) is used.
  FILES_S3_ACCESS_KEY_ID: optionalString,
  FILES_S3_SECRET_ACCESS_KEY: optionalString,
}).superRefine((env, ctx) => {
  const s3Set = env.FILES_S3_ENDPOINT || env.FILES_S3_ACCESS_KEY_ID || env.FILES_S3_SECRET_ACCESS_KEY;
  if (s3Set && !env.FILES_S3_BUCKET) ctx.addIssue({ code: "custom", path: ["FILES_S3_BUCKET"], message: "is required when another FILES_S3_* variable is set" });
  if (Boolean(env.FILES_S3_ACCESS_KEY_ID) !== Boolean(env.FILES_S3_SECRET_ACCESS_KEY)) {
    const missing = env.FILES_S3_ACCESS_KEY_ID ? "FILES_S3_SECRET_ACCESS_KEY" : "FILES_S3_ACCESS_KEY_ID";
    ctx.addIssue({ code: "custom", path: [missing], message: "FILES_S3_ACCESS_KEY_ID and FILES_S3_SECRET_ACCESS_KEY are set together" });
  }
});

export type ApiEnv = z.infer<typeof schema>;

let cached: ApiEnv | undefined;

export function apiEnv(): ApiEnv {
  return (cached ??= parseEnv(schema));
}

/** Forgets the parsed environment, for tests that change process.env after first use. */
export function resetApiEnv(): void {
  cached = undefined;
}
