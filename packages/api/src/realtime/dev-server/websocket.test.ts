import { createHmac } from "node:crypto";
import Pusher from "pusher";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { generateDevCredentials } from "./env";
import { startRealtimeDevServer, type RealtimeDevServer } from "./server";
import { rawText } from "./websocket";

// The stand-in's WebSocket side spoken raw (pusher-js is exercised in realtime/live-delivery.test.ts).

interface Message {
  event: string;
  channel?: string;
  data?: string;
}

let server: RealtimeDevServer;
let publisher: Pusher;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  server = await startRealtimeDevServer({ ...generateDevCredentials(), port: 0 });
  publisher = new Pusher({ ...server.credentials, host: server.host, port: String(server.port), useTLS: false });
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.terminate();
});
afterAll(() => server.close());

/** A connection whose messages queue up until read with next(). */
async function open(path = `/app/${server.credentials.key}?protocol=7&client=js&version=8.6.0`) {
  const socket = new WebSocket(`ws://${server.host}:${server.port}${path}`);
  sockets.push(socket);
  const queue: Message[] = [];
  const waiting: ((message: Message) => void)[] = [];
  socket.on("message", (raw) => {
    const message = JSON.parse(rawText(raw)) as Message;
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else queue.push(message);
  });
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  const next = () => new Promise<Message>((resolve) => (queue.length ? resolve(queue.shift()!) : waiting.push(resolve)));
  const send = (event: string, data: unknown) => socket.send(JSON.stringify({ event, data }));
  return { socket, next, send, closed, pending: () => queue.length };
}

async function established() {
  const connection = await open();
  const hello = await connection.next();
  expect(hello.event).toBe("pusher:connection_established");
  const { socket_id: socketId } = JSON.parse(hello.data!) as { socket_id: string };
  return { ...connection, socketId };
}

const sign = (socketId: string, channel: string) =>
  `${server.credentials.key}:${createHmac("sha256", server.credentials.secret).update(`${socketId}:${channel}`).digest("hex")}`;

describe("stand-in WebSocket protocol", () => {
  it("greets a connection with a socket id and an activity timeout", async () => {
    const connection = await open();
    const hello = await connection.next();
    expect(hello.event).toBe("pusher:connection_established");
    expect(JSON.parse(hello.data!)).toEqual({ socket_id: expect.stringMatching(/^\d+\.\d+$/) as unknown, activity_timeout: 120 });
  });

  it("answers pusher:ping with pusher:pong", async () => {
    const connection = await established();
    connection.send("pusher:ping", {});
    expect(await connection.next()).toEqual({ event: "pusher:pong", data: "{}" });
  });

  it("subscribes to a private channel with a valid signature and delivers events as { event, channel, data string }", async () => {
    const connection = await established();
    connection.send("pusher:subscribe", { channel: "private-user-u1", auth: sign(connection.socketId, "private-user-u1") });
    expect(await connection.next()).toEqual({ event: "pusher_internal:subscription_succeeded", channel: "private-user-u1", data: "{}" });

    await publisher.trigger(["private-user-u1", "private-user-u2"], "task:created", { id: "t1" });
    expect(await connection.next()).toEqual({ event: "task:created", channel: "private-user-u1", data: JSON.stringify({ id: "t1" }) });
  });

  it("refuses a private channel signed for another socket", async () => {
    const connection = await established();
    connection.send("pusher:subscribe", { channel: "private-user-u1", auth: sign("1.2", "private-user-u1") });
    const refusal = await connection.next();
    expect(refusal).toMatchObject({ event: "pusher:subscription_error", channel: "private-user-u1" });
    expect(JSON.parse(refusal.data!)).toMatchObject({ type: "AuthError", status: 401 });
  });

  it("lets anyone subscribe to a public channel", async () => {
    const connection = await established();
    connection.send("pusher:subscribe", { channel: "announcements" });
    expect(await connection.next()).toMatchObject({ event: "pusher_internal:subscription_succeeded", channel: "announcements" });
  });

  it("refuses presence channels, which Harbor does not use", async () => {
    const connection = await established();
    connection.send("pusher:subscribe", { channel: "presence-room", auth: sign(connection.socketId, "presence-room") });
    expect(await connection.next()).toMatchObject({ event: "pusher:subscription_error", channel: "presence-room" });
  });

  it("stops delivering after pusher:unsubscribe", async () => {
    const connection = await established();
    connection.send("pusher:subscribe", { channel: "updates" });
    await connection.next();
    connection.send("pusher:unsubscribe", { channel: "updates" });
    connection.send("pusher:ping", {});
    expect((await connection.next()).event).toBe("pusher:pong");
    await publisher.trigger("updates", "lead:updated", { id: "l1" });
    connection.send("pusher:ping", {});
    expect((await connection.next()).event).toBe("pusher:pong");
    expect(connection.pending()).toBe(0);
  });

  it("does not echo an event to the socket_id that triggered it", async () => {
    const sender = await established();
    const listener = await established();
    for (const connection of [sender, listener]) {
      connection.send("pusher:subscribe", { channel: "updates" });
      await connection.next();
    }
    await publisher.trigger("updates", "lead:updated", { id: "l2" }, { socket_id: sender.socketId });
    expect((await listener.next()).event).toBe("lead:updated");
    sender.send("pusher:ping", {});
    expect((await sender.next()).event).toBe("pusher:pong");
  });

  it("closes a connection for an unknown app key with 4001", async () => {
    const connection = await open("/app/not-our-key?protocol=7");
    const error = await connection.next();
    expect(error.event).toBe("pusher:error");
    expect(JSON.parse(error.data!)).toMatchObject({ code: 4001 });
    expect(await connection.closed).toBe(4001);
  });

  it("closes a connection without a supported protocol version with 4007", async () => {
    const connection = await open(`/app/${server.credentials.key}`);
    expect(JSON.parse((await connection.next()).data!)).toMatchObject({ code: 4007 });
    expect(await connection.closed).toBe(4007);
  });
});
