import { apiEnv } from "../env";

export type JobsEngine = "inngest" | "embedded";

/**
 * Which engine runs jobs in this process. Inngest whenever a server is configured: Inngest Cloud
 * (INNGEST_SIGNING_KEY / INNGEST_EVENT_KEY), a self-hosted one (INNGEST_BASE_URL) or the dev
 * server (INNGEST_DEV, which `npm start` sets only after the dev server answered). Otherwise the
 * embedded runner in the worker, over the application's own Postgres.
 */
export function jobsEngine(): JobsEngine {
  const env = apiEnv();
  return env.INNGEST_SIGNING_KEY || env.INNGEST_EVENT_KEY || env.INNGEST_BASE_URL || env.INNGEST_DEV ? "inngest" : "embedded";
}

/** Where the Inngest engine is, for messages. */
export function inngestLocation(): string {
  const env = apiEnv();
  if (env.INNGEST_BASE_URL) return env.INNGEST_BASE_URL;
  if (env.INNGEST_DEV) return env.INNGEST_DEV.startsWith("http") ? env.INNGEST_DEV : "the Inngest dev server (http://localhost:8288)";
  return "Inngest Cloud";
}
