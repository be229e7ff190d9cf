import Pusher from "pusher";
import { resetApiEnv } from "../env";
import { channelsOf, type RealtimeEvent } from "./channels";
import { realtimeConfig } from "./config";

// The one realtime publisher. Services call publish() after their transaction has committed, so
// no client hears about a change that was rolled back. Without Pusher credentials nothing is
// sent (the product works without live updates); a failed send is logged, never thrown: the
// change itself has already been made.

let client: Pusher | null | undefined;

function pusher(): Pusher | null {
  if (client !== undefined) return client;
  const config = realtimeConfig();
  if (!config) return (client = null);
  const credentials = { appId: config.appId, key: config.key, secret: config.secret, useTLS: config.useTLS };
  client = config.host
    ? new Pusher({ ...credentials, host: config.host, ...(config.port ? { port: String(config.port) } : {}) })
    : new Pusher({ ...credentials, cluster: config.cluster });
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
  resetApiEnv();
  client = undefined;
}
