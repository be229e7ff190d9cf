import { createHmac } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { handleRealtimeAuthRequest } from "./realtime-auth";
import { createApiKey } from "./services/auth/api-keys";
import { openSessionFor, useRealtimeStandIn, useTestOrganization } from "./testing";

// POST /api/realtime/auth as the web app mounts it: credentials first, then the form fields.

const standIn = useRealtimeStandIn();
const agency = useTestOrganization();
let agentKey: string;

beforeAll(async () => {
  ({ key: agentKey } = await createApiKey({ actor: agency.users.agent, name: "realtime test" }));
});

const socketId = "4242.1717";

function request(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request("http://harbor.test/api/realtime/auth", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields),
  });
}

const signature = (channel: string) => createHmac("sha256", standIn.server.credentials.secret).update(`${socketId}:${channel}`).digest("hex");

describe("handleRealtimeAuthRequest", () => {
  it("signs the API key user's own channel as pusher-js expects: 200 { auth }", async () => {
    const channel = `private-user-${agency.users.agent.userId}`;
    const response = await handleRealtimeAuthRequest(request({ socket_id: socketId, channel_name: channel }, { authorization: `Bearer ${agentKey}` }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ auth: `${standIn.server.credentials.key}:${signature(channel)}` });
  });

  it("signs for the session's user", async () => {
    const manager = agency.users.manager;
    const channel = `private-org-${agency.organizationId}`;
    const sessionId = await openSessionFor(manager);
    const response = await handleRealtimeAuthRequest(request({ socket_id: socketId, channel_name: channel }), { getSessionId: async () => sessionId });
    expect(response.status).toBe(200);
  });

  it("answers 401 without credentials and with a bad API key", async () => {
    const fields = { socket_id: socketId, channel_name: `private-user-${agency.users.agent.userId}` };
    const anonymous = await handleRealtimeAuthRequest(request(fields), { getSessionId: async () => null });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "UNAUTHORIZED" } });
    const badKey = await handleRealtimeAuthRequest(request(fields, { authorization: "Bearer hbr_not-a-key" }));
    expect(badKey.status).toBe(401);
  });

  it("answers 403 for another user's channel", async () => {
    const response = await handleRealtimeAuthRequest(
      request({ socket_id: socketId, channel_name: `private-user-${agency.users.admin.userId}` }, { authorization: `Bearer ${agentKey}` }),
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
  });

  it("answers 400 naming the malformed or missing fields", async () => {
    const response = await handleRealtimeAuthRequest(request({ socket_id: "not-a-socket" }, { authorization: `Bearer ${agentKey}` }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; fieldErrors: Record<string, string[]> } };
    expect(body.error.code).toBe("VALIDATION_ERROR");
    expect(Object.keys(body.error.fieldErrors).sort()).toEqual(["channel_name", "socket_id"]);
  });

  it("accepts the same fields as JSON, for scripts", async () => {
    const channel = `private-user-${agency.users.agent.userId}`;
    const response = await handleRealtimeAuthRequest(
      new Request("http://harbor.test/api/realtime/auth", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${agentKey}` },
        body: JSON.stringify({ socket_id: socketId, channel_name: channel }),
      }),
    );
    expect(response.status).toBe(200);
  });
});
