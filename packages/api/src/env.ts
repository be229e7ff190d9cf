import { optionalString, parseEnv } from "@harbor/config/env";
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  INNGEST_EVENT_KEY: optionalString,
  INNGEST_DEV: optionalString,
});

export type ApiEnv = z.infer<typeof schema>;

let cached: ApiEnv | undefined;

export function apiEnv(): ApiEnv {
  return (cached ??= parseEnv(schema));
}
