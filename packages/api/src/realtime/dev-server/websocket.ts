import { randomInt } from "node:crypto";
import type { RawData, WebSocket } from "ws";
import type { ChannelHub, Subscriber } from "./channel-hub";
import { channelAuthIsValid, type AppCredentials } from "./signatures";

// The WebSocket side of Pusher protocol 7 that Harbor's clients use: connection_established,
// subscribe (public channels, and private channels with their auth verified), unsubscribe,
// ping/pong, and the events the HTTP API triggers. Presence, encrypted channels and client
// events are not part of the subset and are refused in words.

/** Seconds of silence after which a client pings (sent to the client in the handshake). */
export const ACTIVITY_TIMEOUT_SECONDS = 120;
const SUPPORTED_PROTOCOLS = new Set(["5", "6", "7"]);
const CHANNEL_NAME = /^[A-Za-z0-9_\-=@,.;]{1,164}$/;

interface ClientMessage {
  event?: unknown;
  data?: unknown;
  channel?: unknown;
}

/** A pusher:error code as the protocol lists them (4001 unknown app key, 4007 protocol). */
function sendError(socket: WebSocket, code: number | null, message: string): void {
  socket.send(JSON.stringify({ event: "pusher:error", data: JSON.stringify({ code, message }) }));
}

export function acceptConnection(socket: WebSocket, url: URL, context: { credentials: AppCredentials; hub: ChannelHub }): void {
  const key = /^\/app\/([^/]+)$/.exec(url.pathname)?.[1];
  if (key !== context.credentials.key) {
    sendError(socket, 4001, `App key ${key ?? ""} does not exist on this server`);
    socket.close(4001, "Unknown app key");
    return;
  }
  const protocol = url.searchParams.get("protocol");
  if (!protocol || !SUPPORTED_PROTOCOLS.has(protocol)) {
    sendError(socket, 4007, `Unsupported protocol version ${protocol ?? "(none)"}; this server speaks 5 to 7`);
    socket.close(4007, "Unsupported protocol version");
    return;
  }
  new Connection(socket, context.credentials, context.hub);
}

class Connection implements Subscriber {
  readonly socketId = `${randomInt(1, 2 ** 31)}.${randomInt(1, 2 ** 31)}`;
  private readonly channels = new Set<string>();

  constructor(
    private readonly socket: WebSocket,
    private readonly credentials: AppCredentials,
    private readonly hub: ChannelHub,
  ) {
    socket.on("message", (raw) => this.receive(rawText(raw)));
    socket.on("close", () => this.hub.remove(this, this.channels));
    socket.on("error", () => socket.terminate());
    this.sendEvent("pusher:connection_established", { socket_id: this.socketId, activity_timeout: ACTIVITY_TIMEOUT_SECONDS });
  }

  send(message: string): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(message);
  }

  private sendEvent(event: string, data: unknown, channel?: string): void {
    this.send(JSON.stringify({ event, ...(channel ? { channel } : {}), data: JSON.stringify(data) }));
  }

  private receive(text: string): void {
    let message: ClientMessage;
    try {
      message = JSON.parse(text) as ClientMessage;
    } catch {
      sendError(this.socket, null, "Messages must be JSON");
      return;
    }
    // pusher-js sends data as an object; other clients send it JSON-encoded.
    const data = parseData(message.data);
    switch (message.event) {
      case "pusher:ping":
        this.sendEvent("pusher:pong", {});
        return;
      case "pusher:pong":
        return;
      case "pusher:subscribe":
        this.subscribe(data);
        return;
      case "pusher:unsubscribe":
        if (typeof data.channel === "string") {
          this.channels.delete(data.channel);
          this.hub.unsubscribe(data.channel, this);
        }
        return;
      default:
        if (typeof message.event === "string" && message.event.startsWith("client-")) {
          sendError(this.socket, null, "Client events are not enabled on this server");
        }
    }
  }

  private subscribe(data: Record<string, unknown>): void {
    const channel = data.channel;
    if (typeof channel !== "string" || !CHANNEL_NAME.test(channel)) {
      sendError(this.socket, null, `Invalid channel name ${JSON.stringify(channel)}`);
      return;
    }
    const refuse = (status: number, error: string) => this.sendEvent("pusher:subscription_error", { type: "AuthError", error, status }, channel);
    if (channel.startsWith("presence-") || channel.startsWith("private-encrypted-")) {
      refuse(400, "Presence and encrypted channels are not supported by Harbor's local realtime server");
      return;
    }
    if (channel.startsWith("private-") && !channelAuthIsValid(data.auth, this.socketId, channel, this.credentials)) {
      refuse(401, `Invalid signature: auth must be "<key>:" + HMAC-SHA256(secret, "${this.socketId}:${channel}")`);
      return;
    }
    this.channels.add(channel);
    this.hub.subscribe(channel, this);
    this.sendEvent("pusher_internal:subscription_succeeded", {}, channel);
  }
}

export function rawText(raw: RawData): string {
  if (Array.isArray(raw)) return Buffer.concat(raw).toString("utf8");
  return (raw instanceof ArrayBuffer ? Buffer.from(raw) : raw).toString("utf8");
}

function parseData(data: unknown): Record<string, unknown> {
  if (typeof data === "string") {
    try {
      data = JSON.parse(data);
    } catch {
      return {};
    }
  }
  return data && typeof data === "object" ? (data as Record<string, unknown>) : {};
}
