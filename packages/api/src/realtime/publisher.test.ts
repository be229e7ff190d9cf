import { createHash, createHmac } from "node:crypto";
import Pusher from "pusher";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@harbor/db";
import { addUser } from "../testing/pipeline-fixtures";
import { createTestOrganization } from "../testing";
import { useRealtimeStandIn } from "../testing/realtime";
import { signalOf, type RecordEvent } from "./channels";
import { publish, resetRealtimeClient } from "./publisher";

// The real `pusher` SDK against the local stand-in: what the publisher sends, and that the
// stand-in checks its signature the way Pusher does.

const standIn = useRealtimeStandIn();
beforeEach(() => {
  standIn.requests.length = 0;
});

let appId: string;
let key: string;
let secret: string;
beforeAll(() => {
  ({ appId, key, secret } = standIn.server.credentials);
});

function sdk(overrides: Partial<{ key: string; secret: string }> = {}) {
  return new Pusher({ appId, key, secret, host: standIn.server.host, port: String(standIn.server.port), useTLS: false, ...overrides });
}

/** The signature Pusher expects, recomputed from what the server received. */
function expectedSignature(path: string, query: Record<string, string>) {
  const signed = Object.keys(query)
    .filter((name) => name !== "auth_signature")
    .sort()
    .map((name) => `${name}=${query[name]}`)
    .join("&");
  return createHmac("sha256", secret).update(`POST\n${path}\n${signed}`).digest("hex");
}

describe("publisher against the local stand-in", () => {
  it("sends a record's fields to the named users who may see it, and only its signal to the organization", async () => {
    const org = await createTestOrganization("Publisher Agency");
    const outsider = await addUser(org, "agent");
    const lead = await db.lead.create({ data: { organizationId: org.organizationId, ownerId: org.users.agent.userId, kind: "client", name: "Pat Private" }, select: { id: true } });
    await publish({
      name: "lead:updated",
      data: { id: lead.id, change: "updated", status: "qualified", name: "Pat Private" },
      userIds: [org.users.agent.userId, outsider.userId, org.users.agent.userId],
      organizationId: org.organizationId,
    });
    expect(standIn.requests).toHaveLength(2);
    for (const request of standIn.requests) {
      expect(request).toMatchObject({ method: "POST", path: `/apps/${appId}/events`, status: 200 });
      expect(request.query).toMatchObject({ auth_key: key, auth_version: "1.0" });
      expect(Math.abs(Number(request.query.auth_timestamp) - Date.now() / 1000)).toBeLessThan(5);
      expect(request.query.body_md5).toBe(createHash("md5").update(request.body).digest("hex"));
      expect(request.query.auth_signature).toBe(expectedSignature(request.path, request.query));
    }
    const bodies = standIn.requests.map((request) => JSON.parse(request.body) as { name: string; channels: string[]; data: string });
    expect(bodies.map((body) => ({ ...body, data: JSON.parse(body.data) as unknown }))).toEqual([
      { name: "lead:updated", channels: [`private-user-${org.users.agent.userId}`], data: { id: lead.id, change: "updated", status: "qualified", name: "Pat Private" } },
      { name: "lead:updated", channels: [`private-org-${org.organizationId}`], data: { entityType: "lead", id: lead.id, change: "updated" } },
    ]);
  });

  it("sends the organization a signal only, whatever else a record event carries", () => {
    const event = { name: "opportunity:updated", organizationId: "o1", data: { id: "deal-1", change: "stage_changed", title: "Secret", value: 5 } } as const;
    expect(signalOf(event)).toEqual({ entityType: "opportunity", id: "deal-1", change: "stage_changed" });
    const smuggled = { name: "task:created", organizationId: "o1", data: { id: "Pat Private <pat@example.com>", change: "Pat Private" } } as unknown as RecordEvent;
    expect(signalOf(smuggled)).toEqual({ entityType: "task", id: null, change: "created" });
  });

  it("sends nothing for an event without channels", async () => {
    await publish({ name: "notification:new", userIds: [], data: { id: "n1" } });
    expect(standIn.requests).toHaveLength(0);
  });

  it("accepts signed batches on /batch_events", async () => {
    await sdk().triggerBatch([
      { channel: "private-user-u1", name: "task:created", data: { id: "t1" } },
      { channel: "private-org-org1", name: "task:created", data: { id: "t1" } },
    ]);
    expect(standIn.requests).toMatchObject([{ path: `/apps/${appId}/batch_events`, status: 200 }]);
  });

  it("refuses a request signed with the wrong secret with 401", async () => {
    await expect(sdk({ secret: "not-the-secret" }).trigger("private-user-u1", "lead:updated", { id: "x" })).rejects.toMatchObject({ status: 401 });
    expect(standIn.requests).toHaveLength(1);
    expect(standIn.requests[0]).toMatchObject({ status: 401, error: expect.stringContaining("Invalid signature") as unknown });
    expect(standIn.requests[0]!.delivered).toBeUndefined();
  });

  it("refuses an unknown key with 401", async () => {
    await expect(sdk({ key: "someone-elses-key" }).trigger("private-user-u1", "lead:updated", {})).rejects.toMatchObject({ status: 401 });
    expect(standIn.requests[0]).toMatchObject({ status: 401, error: "Unknown auth_key" });
  });

  it("logs a refused publish instead of throwing: the change has already been made", async () => {
    const originalSecret = process.env.PUSHER_SECRET;
    process.env.PUSHER_SECRET = "wrong-secret";
    resetRealtimeClient();
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await expect(publish({ name: "ticket:updated", data: { id: "k1" }, organizationId: "org1" })).resolves.toBeUndefined();
      expect(standIn.requests).toMatchObject([{ status: 401 }]);
      expect(logged).toHaveBeenCalledWith("realtime: could not publish ticket:updated:", expect.anything());
    } finally {
      logged.mockRestore();
      process.env.PUSHER_SECRET = originalSecret;
      resetRealtimeClient();
    }
  });
});

describe("stand-in events API checks", () => {
  /** Signs like the SDK, with a chosen timestamp and body_md5, to test what the server refuses. */
  async function post(path: string, body: string, { timestamp = Math.floor(Date.now() / 1000), bodyMd5 = createHash("md5").update(body).digest("hex") } = {}) {
    const query: Record<string, string> = { auth_key: key, auth_timestamp: String(timestamp), auth_version: "1.0", body_md5: bodyMd5 };
    const search = new URLSearchParams({ ...query, auth_signature: expectedSignature(path, query) });
    return fetch(`${standIn.server.url}${path}?${search.toString()}`, { method: "POST", body, headers: { "content-type": "application/json" } });
  }
  const event = JSON.stringify({ name: "lead:updated", channels: ["private-user-u1"], data: "{}" });

  it("accepts a correctly signed request made without the SDK", async () => {
    const response = await post(`/apps/${appId}/events`, event);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({});
  });

  it("refuses a timestamp more than 600 s away", async () => {
    const response = await post(`/apps/${appId}/events`, event, { timestamp: Math.floor(Date.now() / 1000) - 601 });
    expect(response.status).toBe(401);
    expect(await response.text()).toContain("Timestamp expired");
  });

  it("refuses a body that does not match body_md5", async () => {
    const response = await post(`/apps/${appId}/events`, event, { bodyMd5: createHash("md5").update("another body").digest("hex") });
    expect(response.status).toBe(401);
    expect(await response.text()).toContain("body_md5");
  });

  it("refuses a request without its signature", async () => {
    const response = await fetch(`${standIn.server.url}/apps/${appId}/events?auth_key=${key}`, { method: "POST", body: event });
    expect(response.status).toBe(401);
  });

  it("answers 404 for another app id and 400 for a malformed event", async () => {
    expect((await post("/apps/999/events", event)).status).toBe(404);
    const malformed = await post(`/apps/${appId}/events`, JSON.stringify({ name: "x", data: "{}", channels: ["bad channel!"] }));
    expect(malformed.status).toBe(400);
  });
});
