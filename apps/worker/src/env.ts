import { optionalString, parseEnv, port } from "@harbor/config/env";
import { z } from "zod";

const schema = z.object({
  WORKER_PORT: port(3001),
  WORKER_HOST: z.string().default("0.0.0.0"),
  /** "1" (or a URL) points the SDK at the Inngest dev server; unset means Inngest Cloud. */
  INNGEST_DEV: optionalString,
  INNGEST_SIGNING_KEY: optionalString,
});

export type WorkerEnv = z.infer<typeof schema>;

export const readWorkerEnv = (source: Record<string, string | undefined> = process.env) => {
  const env = parseEnv(schema, source);
  if (!env.INNGEST_DEV && !env.INNGEST_SIGNING_KEY) {
    throw new Error(
      "Harbor's worker needs INNGEST_DEV=1 (local Inngest dev server) or INNGEST_SIGNING_KEY (Inngest Cloud / self-hosted).",
    );
  }
  return env;
};
