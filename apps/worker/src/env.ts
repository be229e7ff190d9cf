import { parseEnv, port } from "@harbor/config/env";
import { z } from "zod";

// Which engine runs the jobs is read from the Inngest variables by @harbor/api/jobs (engine.ts).
const schema = z.object({
  WORKER_PORT: port(3001),
  WORKER_HOST: z.string().default("0.0.0.0"),
});

export type WorkerEnv = z.infer<typeof schema>;

export const readWorkerEnv = (source: Record<string, string | undefined> = process.env) => parseEnv(schema, source);
