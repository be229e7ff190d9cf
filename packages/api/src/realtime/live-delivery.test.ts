import type Pusher from "pusher-js";
import type { Channel } from "pusher-js";
import { afterEach, describe, expect, it } from "vitest";
import { useTestOrganization } from "../testing";
import { authorizeAsUser, connectRealtimeClient, useRealtimeStandIn, type ChannelAuthorizer } from "../testing/realtime";
import { organizationChannel, userChannel } from "./channels";
import { publish } from "./publisher";

// End to end through the stand-in: a real pusher-js client connects, gets its private channels
// signed by the authorize-channel service, and receives what publish() sends.

const standIn = useRealtimeStandIn();
const agency = useTestOrganization("Live Agency");
const otherAgency = useTestOrganization("Other Agency");
const clients: Pusher[] = [];

afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
});

function connect(authorize: ChannelAuthorizer): Pusher {
  const client = connectRealtimeClient(standIn, authorize);
  clients.push(client);
  return client;
}

function outcome(channel: Channel): Promise<{ subscribed: true } | { subscribed: false; error: { type?: string; error?: string; status?: number } }> {
  return new Promise((resolve) => {
    channel.bind("pusher:subscription_succeeded", () => resolve({ subscribed: true }));
    channel.bind("pusher:subscription_error", (error: { type?: string; error?: string; status?: number }) => resolve({ subscribed: false, error }));
  });
}

function nextEvent<T>(channel: Channel, event: string, timeoutMs = 5_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} on ${channel.name} within ${timeoutMs} ms`)), timeoutMs);
    channel.bind(event, (data: T) => {
      clearTimeout(timer);
      resolve(data);
    });
  });
}

describe("pusher-js through the local stand-in", () => {
  it("subscribes to the user's own channel and receives a published event", async () => {
    const agent = agency.users.agent;
    const channel = connect(authorizeAsUser(agent)).subscribe(userChannel(agent.userId));
    expect(await outcome(channel)).toEqual({ subscribed: true });

    const received = nextEvent<{ id: string; title: string }>(channel, "notification:new");
    await publish({ name: "notification:new", userIds: [agent.userId], data: { id: "n1", title: "Lead assigned to you" } });
    expect(await received).toEqual({ id: "n1", title: "Lead assigned to you" });
    expect(standIn.requests.at(-1)).toMatchObject({ status: 200, delivered: 1 });
  });

  it("subscribes to the organization's channel and receives which record changed, without its fields", async () => {
    const manager = agency.users.manager;
    const channel = connect(authorizeAsUser(manager)).subscribe(organizationChannel(agency.organizationId));
    expect(await outcome(channel)).toEqual({ subscribed: true });

    const received = nextEvent<unknown>(channel, "opportunity:updated");
    await publish({ name: "opportunity:updated", organizationId: agency.organizationId, data: { id: "o1", change: "stage_changed", oldStage: "qualified", newStage: "quoted" } });
    expect(await received).toEqual({ entityType: "opportunity", id: "o1", change: "stage_changed" });
  });

  it("refuses another user's channel when the subscription carries a forged signature", async () => {
    const agent = agency.users.agent;
    const victim = agency.users.manager;
    // A genuine signature for the agent's own channel, replayed for the manager's.
    const forged: ChannelAuthorizer = (socketId) => authorizeAsUser(agent)(socketId, userChannel(agent.userId));
    const channel = connect(forged).subscribe(userChannel(victim.userId));
    const result = await outcome(channel);
    expect(result).toMatchObject({ subscribed: false, error: { type: "AuthError", status: 401 } });

    const seen: unknown[] = [];
    channel.bind("notification:new", (data: unknown) => seen.push(data));
    await publish({ name: "notification:new", userIds: [victim.userId], data: { id: "secret" } });
    expect(standIn.requests.at(-1)).toMatchObject({ status: 200, delivered: 0 });
    expect(seen).toEqual([]);
  });

  it("refuses a private subscription without a signature", async () => {
    const channel = connect(() => ({ auth: "" })).subscribe(userChannel(agency.users.agent.userId));
    expect(await outcome(channel)).toMatchObject({ subscribed: false, error: { status: 401 } });
  });

  it("never gets a signature for another user's or organization's channel from the service", async () => {
    const client = connect(authorizeAsUser(agency.users.agent));
    const otherUser = client.subscribe(userChannel(agency.users.manager.userId));
    const otherOrganization = client.subscribe(organizationChannel(otherAgency.organizationId));
    const results = await Promise.all([outcome(otherUser), outcome(otherOrganization)]);
    for (const result of results) {
      expect(result).toMatchObject({ subscribed: false, error: { type: "AuthError", error: expect.stringContaining("own user channel") as unknown } });
    }
  });
});
