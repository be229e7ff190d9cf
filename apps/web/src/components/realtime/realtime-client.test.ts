import { describe, expect, it, vi } from "vitest";
import { pusherOptions, RealtimeDispatcher } from "./realtime-client";

describe("pusherOptions", () => {
  it("points pusher-js at a Pusher-protocol server by host and port, over ws only", () => {
    expect(pusherOptions({ key: "k", cluster: "mt1", useTLS: false, host: "127.0.0.1", port: 6001 })).toEqual({
      cluster: "mt1",
      forceTLS: false,
      enabledTransports: ["ws", "wss"],
      channelAuthorization: { endpoint: "/api/realtime/auth", transport: "ajax" },
      wsHost: "127.0.0.1",
      disableStats: true,
      wsPort: 6001,
      wssPort: 6001,
    });
  });

  it("uses the cluster over TLS for Pusher itself", () => {
    const options = pusherOptions({ key: "k", cluster: "eu", useTLS: true });
    expect(options).toMatchObject({ cluster: "eu", forceTLS: true });
    expect(options).not.toHaveProperty("wsHost");
  });
});

describe("RealtimeDispatcher", () => {
  it("calls the handlers of an event with its data and channel, until they unsubscribe", () => {
    const dispatcher = new RealtimeDispatcher();
    const handler = vi.fn();
    const off = dispatcher.on("lead:updated", handler);
    dispatcher.on("task:created", () => {
      throw new Error("not this one");
    });
    dispatcher.dispatch("lead:updated", { id: "l1" }, { channel: "private-org-o1" });
    expect(handler).toHaveBeenCalledWith({ id: "l1" }, { channel: "private-org-o1" });
    off();
    dispatcher.dispatch("lead:updated", { id: "l2" }, { channel: "private-org-o1" });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("runs a handler once when the same event arrives on the user and the organization channel", () => {
    let now = 0;
    const dispatcher = new RealtimeDispatcher(2_000, () => now);
    const handler = vi.fn();
    dispatcher.on("task:updated", handler);
    dispatcher.dispatch("task:updated", { id: "t1" }, { channel: "private-user-u1" });
    dispatcher.dispatch("task:updated", { id: "t1" }, { channel: "private-org-o1" });
    expect(handler).toHaveBeenCalledTimes(1);
    now = 5_000;
    dispatcher.dispatch("task:updated", { id: "t1" }, { channel: "private-user-u1" });
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it("runs a handler once, with the record's fields, when its signal follows on the organization channel", () => {
    const dispatcher = new RealtimeDispatcher(2_000, () => 0);
    const handler = vi.fn();
    dispatcher.on("lead:updated", handler);
    dispatcher.dispatch("lead:updated", { id: "l1", change: "updated", status: "won", score: 80 }, { channel: "private-user-u1" });
    dispatcher.dispatch("lead:updated", { entityType: "lead", id: "l1", change: "updated" }, { channel: "private-org-o1" });
    dispatcher.dispatch("lead:updated", { entityType: "lead", id: "l1", change: "assigned" }, { channel: "private-org-o1" });
    expect(handler.mock.calls.map(([data]) => data as unknown)).toEqual([
      { id: "l1", change: "updated", status: "won", score: 80 },
      { entityType: "lead", id: "l1", change: "assigned" },
    ]);
  });

  it("keeps protocol events away from app handlers", () => {
    const dispatcher = new RealtimeDispatcher();
    const handler = vi.fn();
    dispatcher.on("pusher:subscription_succeeded", handler);
    dispatcher.dispatch("pusher:subscription_succeeded", {}, { channel: "private-user-u1" });
    expect(handler).not.toHaveBeenCalled();
  });
});
