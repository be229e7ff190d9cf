import { parseEnv, port } from "@harbor/config/env";
import { z } from "zod";

// Which engine runs the jobs is read from the Inngest variables by @harbor/api/jobs (engine.ts).
// The worker listens on localhost unless told otherwise: its /api/inngest runs jobs for whoever
// calls it, so it is for the Inngest server on the same host (or behind a proxy that forwards it).
const schema = z.object({
  WORKER_PORT: port(3001),
  WORKER_HOST: z.string().default("127.0.0.1"),
  HARBOR_ENV: z.enum(["development", "production"]).default("development"),
  INNGEST_DEV: z.string().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
});

export type WorkerEnv = z.infer<typeof schema>;

export const readWorkerEnv = (source: Record<string, string | undefined> = process.env) => parseEnv(schema, source);

/**
 * Why the Inngest endpoint would take unsigned calls, if it would: outside development the SDK
 * must verify every request with INNGEST_SIGNING_KEY, and INNGEST_DEV (which turns the check off)
 * is refused. Null when the endpoint is safe to serve.
 */
export function unsignedEndpointProblem(env: WorkerEnv): string | null {
  if (env.HARBOR_ENV !== "production") return null;
  if (env.INNGEST_DEV) return "INNGEST_DEV is set in production: it turns off the signature check on the worker's /api/inngest. Unset it and set INNGEST_SIGNING_KEY.";
  if (!env.INNGEST_SIGNING_KEY) return "INNGEST_SIGNING_KEY is missing: in production the worker's /api/inngest must refuse unsigned calls.";
  return null;
}
