import { createHmac } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@harbor/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The route module itself, called as Next.js calls it, against a database of its own and the
// realtime stand-in. The session lookup is replaced: these requests carry an API key instead.
vi.mock("~/server/auth", () => ({ auth: async () => null, currentSessionId: async () => undefined }));

let database: TestDatabase;
let stopStandIn: () => Promise<void>;
let secret: string;
let key: string;
let apiKey: string;
let userId: string;
let otherUserId: string;
let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const { createTestOrganization, startRealtimeStandIn } = await import("@harbor/api/testing");
  const { createApiKey } = await import("@harbor/api/services/auth/api-keys");
  const standIn = await startRealtimeStandIn();
  stopStandIn = () => standIn.stop();
  ({ key, secret } = standIn.server.credentials);
  const agency = await createTestOrganization();
  userId = agency.users.agent.userId;
  otherUserId = agency.users.manager.userId;
  ({ key: apiKey } = await createApiKey({ actor: agency.users.agent, name: "route test" }));
  ({ POST } = await import("./route"));
}, 60_000);

afterAll(async () => {
  await stopStandIn?.();
  const globalForDb = globalThis as unknown as { harborDb?: { $disconnect(): Promise<void> } };
  await globalForDb.harborDb?.$disconnect();
  await database?.drop();
});

const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  POST(
    new Request("http://localhost/api/realtime/auth", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(fields),
    }),
  );

describe("POST /api/realtime/auth", () => {
  it("signs the API key holder's own channel", async () => {
    const channel = `private-user-${userId}`;
    const response = await post({ socket_id: "77.88", channel_name: channel }, { authorization: `Bearer ${apiKey}` });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ auth: `${key}:${createHmac("sha256", secret).update(`77.88:${channel}`).digest("hex")}` });
  });

  it("refuses another user's channel with 403", async () => {
    const response = await post({ socket_id: "77.88", channel_name: `private-user-${otherUserId}` }, { authorization: `Bearer ${apiKey}` });
    expect(response.status).toBe(403);
  });

  it("answers 401 without a session or API key", async () => {
    expect((await post({ socket_id: "77.88", channel_name: `private-user-${userId}` })).status).toBe(401);
  });
});
