import { nodeEnv, optionalString, parseEnv, port } from "@harbor/config/env";
import { z } from "zod";

export const webEnvSchema = z.object({
  NODE_ENV: nodeEnv,
  /** Unset: production when NODE_ENV is (a bare `next start`); `npm start` sets development on a laptop. */
  HARBOR_ENV: optionalString.pipe(z.enum(["development", "production"], { error: "must be development or production" }).optional()),
  AUTH_SECRET: z
    .string({ error: "set it to a random string of at least 32 characters (openssl rand -base64 32)" })
    .min(32, { error: "must be at least 32 characters" }),
  AUTH_URL: optionalString.pipe(z.url({ error: "must be the app's public URL, e.g. https://harbor.example.com" }).optional()),
  PORT: port(3000),
});

export type WebEnv = z.infer<typeof webEnvSchema>;

let cached: WebEnv | undefined;

/** The web app's own environment, validated on first use; a bad variable stops start-up by name. */
export function webEnv(): WebEnv {
  return (cached ??= parseEnv(webEnvSchema));
}
