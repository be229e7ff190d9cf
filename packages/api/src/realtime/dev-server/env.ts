import { randomBytes, randomInt } from "node:crypto";
import { optionalString, parseEnv, port } from "@harbor/config/env";
import { z } from "zod";
import type { AppCredentials } from "./signatures";

const schema = z.object({
  REALTIME_PORT: port(6001),
  REALTIME_HOST: z.string().default("127.0.0.1"),
  PUSHER_APP_ID: optionalString,
  PUSHER_KEY: optionalString,
  PUSHER_SECRET: optionalString,
});

export type RealtimeDevEnv = z.infer<typeof schema>;

export const readRealtimeDevEnv = (source: Record<string, string | undefined> = process.env) => parseEnv(schema, source);

/** Fresh development credentials, shaped like Pusher's (numeric app id, hex key and secret). */
export function generateDevCredentials(): AppCredentials {
  return { appId: String(randomInt(100_000, 999_999)), key: randomBytes(10).toString("hex"), secret: randomBytes(16).toString("hex") };
}

/** The credentials from the environment when all three are set, otherwise generated ones. */
export function devCredentials(env: RealtimeDevEnv): AppCredentials & { generated: boolean } {
  if (env.PUSHER_APP_ID && env.PUSHER_KEY && env.PUSHER_SECRET) {
    return { appId: env.PUSHER_APP_ID, key: env.PUSHER_KEY, secret: env.PUSHER_SECRET, generated: false };
  }
  return { ...generateDevCredentials(), generated: true };
}
