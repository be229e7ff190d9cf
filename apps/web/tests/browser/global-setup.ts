import { randomBytes } from "node:crypto";
import { createTestDatabase } from "@harbor/db/testing";
import type { TestProject } from "vitest/node";
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
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    delete env.AUTH_URL;
    buildIfMissing(env);
    const server = await startServer(env, await freePort());
    project.provide("baseUrl", server.url);
    return async () => {
      await server.stop();
      await database.drop();
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
