import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { resetRealtimeClient } from "../../realtime";
import { useRealtimeStandIn, useTestOrganization } from "../../testing";
import { authorizeChannel } from "./authorize-channel";

const standIn = useRealtimeStandIn();
const agency = useTestOrganization();
const otherAgency = useTestOrganization("Elsewhere");

const socketId = "1234.5678";
const expectedAuth = (channel: string) => {
  const { key, secret } = standIn.server.credentials;
  return `${key}:${createHmac("sha256", secret).update(`${socketId}:${channel}`).digest("hex")}`;
};

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("authorizeChannel", () => {
  it("signs the user's own channel with HMAC-SHA256(secret, socket_id:channel)", () => {
    const agent = agency.users.agent;
    const channel = `private-user-${agent.userId}`;
    expect(authorizeChannel({ actor: agent, socketId, channelName: channel })).toEqual({ auth: expectedAuth(channel) });
  });

  it("signs the user's organization channel, for every role", () => {
    const channel = `private-org-${agency.organizationId}`;
    for (const actor of Object.values(agency.users)) {
      expect(authorizeChannel({ actor, socketId, channelName: channel })).toEqual({ auth: expectedAuth(channel) });
    }
  });

  it("refuses another user's channel, even a manager asking for their agent's", () => {
    const error = refusal(() => authorizeChannel({ actor: agency.users.manager, socketId, channelName: `private-user-${agency.users.agent.userId}` }));
    expect(error.code).toBe("FORBIDDEN");
  });

  it("refuses another organization's channel, even for an admin", () => {
    const error = refusal(() => authorizeChannel({ actor: agency.users.admin, socketId, channelName: `private-org-${otherAgency.organizationId}` }));
    expect(error.code).toBe("FORBIDDEN");
  });

  it("refuses public, presence and look-alike channels", () => {
    const agent = agency.users.agent;
    for (const channelName of ["announcements", `presence-user-${agent.userId}`, `private-user-${agent.userId}x`, `private-org-${agency.organizationId}-all`]) {
      expect(refusal(() => authorizeChannel({ actor: agent, socketId, channelName })).code).toBe("FORBIDDEN");
    }
  });

  it("names each malformed field", () => {
    const agent = agency.users.agent;
    const both = refusal(() => authorizeChannel({ actor: agent, socketId: "abc", channelName: "private user" }));
    expect(both.code).toBe("VALIDATION_ERROR");
    expect(Object.keys(both.details?.fieldErrors ?? {}).sort()).toEqual(["channel_name", "socket_id"]);

    const missing = refusal(() => authorizeChannel({ actor: agent, socketId: null, channelName: `private-user-${agent.userId}` }));
    expect(Object.keys(missing.details?.fieldErrors ?? {})).toEqual(["socket_id"]);
    const tooLong = refusal(() => authorizeChannel({ actor: agent, socketId, channelName: `private-${"x".repeat(200)}` }));
    expect(Object.keys(tooLong.details?.fieldErrors ?? {})).toEqual(["channel_name"]);
  });

  it("answers NOT_FOUND when realtime is not configured", () => {
    const key = process.env.PUSHER_KEY;
    delete process.env.PUSHER_KEY;
    resetRealtimeClient();
    try {
      const agent = agency.users.agent;
      expect(refusal(() => authorizeChannel({ actor: agent, socketId, channelName: `private-user-${agent.userId}` })).code).toBe("NOT_FOUND");
    } finally {
      process.env.PUSHER_KEY = key;
      resetRealtimeClient();
    }
  });
});
