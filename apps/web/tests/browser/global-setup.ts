import { randomBytes } from "node:crypto";
import { createTestDatabase } from "@harbor/db/testing";
import type { TestProject } from "vitest/node";
import { startRealtimeDevServer } from "../../../../packages/api/src/realtime/dev-server";
import { generateDevCredentials } from "../../../../packages/api/src/realtime/dev-server/env";
import { ensureChromium } from "./chromium";
import { buildIfMissing, freePort, startServer } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureChromium();
  const database = await createTestDatabase();
  // Live updates go through Harbor's local Pusher stand-in, as under `npm start`.
  const realtime = await startRealtimeDevServer({ ...generateDevCredentials(), port: 0 });
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PUSHER_APP_ID: realtime.credentials.appId,
      PUSHER_KEY: realtime.credentials.key,
      PUSHER_SECRET: realtime.credentials.secret,
      PUSHER_HOST: realtime.host,
      PUSHER_PORT: String(realtime.port),
      PUSHER_USE_TLS: "false",
    };
    delete env.AUTH_URL;
    delete env.PUSHER_CLUSTER;
    buildIfMissing(env);
    const server = await startServer(env, await freePort());
    project.provide("baseUrl", server.url);
    return async () => {
      await server.stop();
      await realtime.close();
      await database.drop();
    };
  } catch (error) {
    await realtime.close();
    await database.drop();
    throw error;
  }
}
