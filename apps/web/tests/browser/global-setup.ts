import { randomBytes } from "node:crypto";
import { createTestDatabase } from "@harbor/db/testing";
import type { TestProject } from "vitest/node";
import { startRealtimeStandIn } from "@harbor/api/testing";
import { ensureChromium } from "./chromium";
import { buildIfStale, freePort, startServer } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's database, for reading the mail outbox as a mailbox would be read. */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureChromium();
  const database = await createTestDatabase();
  // Live updates go through Harbor's local Pusher stand-in, as under `npm start`; it sets PUSHER_*
  // in this process's environment, which the server inherits.
  const realtime = await startRealtimeStandIn();
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    delete env.AUTH_URL;
    delete env.PUSHER_CLUSTER;
    // The copilot answers with its offline provider: no model is called from a test.
    delete env.GEMINI_API_KEY;
    await buildIfStale(env);
    const server = await startServer(env, await freePort());
    project.provide("baseUrl", server.url);
    project.provide("databaseUrl", database.url);
    return async () => {
      await server.stop();
      await realtime.stop();
      await database.drop();
    };
  } catch (error) {
    await realtime.stop();
    await database.drop();
    throw error;
  }
}
