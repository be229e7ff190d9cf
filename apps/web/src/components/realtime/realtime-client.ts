import type { PublicRealtimeConfig } from "@harbor/api";
import type { Options } from "pusher-js";

// The browser side of realtime without React: pusher-js options from the runtime config, and a
// dispatcher that hands events to the components listening for them.

export const REALTIME_AUTH_ENDPOINT = "/api/realtime/auth";

export interface RealtimeSettings {
  config: PublicRealtimeConfig;
  /** The private channels to subscribe to: the viewer's own and their organization's. */
  channels: string[];
}

/** pusher-js options: Pusher's cluster, or a Pusher-protocol server at host:port (the local stand-in). */
export function pusherOptions(config: PublicRealtimeConfig): Options {
  return {
    cluster: config.cluster,
    forceTLS: config.useTLS,
    enabledTransports: ["ws", "wss"],
    channelAuthorization: { endpoint: REALTIME_AUTH_ENDPOINT, transport: "ajax" },
    ...(config.host ? { wsHost: config.host, disableStats: true } : {}),
    ...(config.host && config.port ? { wsPort: config.port, wssPort: config.port } : {}),
  };
}

export interface RealtimeMeta {
  channel: string;
}

export type RealtimeHandler = (data: unknown, meta: RealtimeMeta) => void;

/** Which record changed and how: the same for a record's full event and its signal. */
function changeKey(data: unknown): string {
  if (data && typeof data === "object" && "id" in data && typeof data.id === "string") {
    return `${data.id}\u0000${"change" in data && typeof data.change === "string" ? data.change : ""}`;
  }
  return JSON.stringify(data);
}

/**
 * Fans events out to handlers by name. A change to a record reaches this browser twice: its
 * fields on the user's own channel (when they may see it), then its signal — { entityType, id,
 * change } — on the organization's. The same record and change arriving again within a moment is
 * dropped, so a handler runs once per change, with the fuller copy when there is one.
 */
export class RealtimeDispatcher {
  private readonly handlers = new Map<string, Set<RealtimeHandler>>();
  private readonly recent = new Map<string, number>();

  constructor(
    private readonly duplicateWindowMs = 2_000,
    private readonly now: () => number = Date.now,
  ) {}

  on(event: string, handler: RealtimeHandler): () => void {
    let handlers = this.handlers.get(event);
    if (!handlers) this.handlers.set(event, (handlers = new Set()));
    handlers.add(handler);
    return () => {
      handlers.delete(handler);
      if (handlers.size === 0) this.handlers.delete(event);
    };
  }

  dispatch(event: string, data: unknown, meta: RealtimeMeta): void {
    // Protocol events (subscription succeeded/failed) are the provider's business, not the app's.
    if (event.startsWith("pusher:") || event.startsWith("pusher_internal:")) return;
    if (this.isDuplicate(`${event}\u0000${changeKey(data)}`)) return;
    for (const handler of [...(this.handlers.get(event) ?? [])]) handler(data, meta);
  }

  private isDuplicate(key: string): boolean {
    const now = this.now();
    for (const [seenKey, seenAt] of this.recent) {
      if (now - seenAt > this.duplicateWindowMs) this.recent.delete(seenKey);
    }
    if (this.recent.has(key)) return true;
    this.recent.set(key, now);
    return false;
  }
}
