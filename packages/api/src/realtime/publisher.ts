import Pusher from "pusher";
import { apiEnv } from "../env";
import { channelsOf, type RealtimeEvent } from "./channels";

// The one realtime publisher. Services call publish() after their transaction has committed, so
// no client hears about a change that was rolled back. Without Pusher credentials nothing is
// sent (the product works without live updates); a failed send is logged, never thrown: the
// change itself has already been made.

let client: Pusher | null | undefined;

function pusher(): Pusher | null {
  if (client !== undefined) return client;
  const env = apiEnv();
  if (!env.PUSHER_APP_ID || !env.PUSHER_KEY || !env.PUSHER_SECRET) return (client = null);
  const credentials = { appId: env.PUSHER_APP_ID, key: env.PUSHER_KEY, secret: env.PUSHER_SECRET, useTLS: env.PUSHER_USE_TLS };
  client = env.PUSHER_HOST
    ? new Pusher({ ...credentials, host: env.PUSHER_HOST, ...(env.PUSHER_PORT ? { port: String(env.PUSHER_PORT) } : {}) })
    : new Pusher({ ...credentials, cluster: env.PUSHER_CLUSTER ?? "mt1" });
  return client;
}

export function realtimeClient(): Pusher | null {
  return pusher();
}

/** Pusher accepts at most 100 channels per trigger. */
const MAX_CHANNELS = 100;

export async function publish(events: RealtimeEvent | RealtimeEvent[]): Promise<void> {
  const sender = pusher();
  if (!sender) return;
  for (const event of Array.isArray(events) ? events : [events]) {
    const channels = channelsOf(event);
    for (let start = 0; start < channels.length; start += MAX_CHANNELS) {
      try {
        await sender.trigger(channels.slice(start, start + MAX_CHANNELS), event.name, event.data);
      } catch (error) {
        console.error(`realtime: could not publish ${event.name}:`, error);
      }
    }
  }
}

/** For tests that point the publisher at a loopback server after changing the environment. */
export function resetRealtimeClient(): void {
  client = undefined;
}
