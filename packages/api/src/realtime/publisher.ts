import Pusher from "pusher";
import { usersWhoMaySee } from "../access/record-visibility";
import { resetApiEnv } from "../env";
import { isRecordEvent, organizationChannel, signalOf, userChannel, type RealtimeEvent } from "./channels";
import { realtimeConfig } from "./config";

// The one realtime publisher. Services call publish() after their transaction has committed, so
// no client hears about a change that was rolled back. Without Pusher credentials nothing is
// sent (the product works without live updates); a failed send is logged, never thrown: the
// change itself has already been made.
//
// A record event becomes two deliveries: its fields to the named users who may see the record
// (their own channels, first), and its signal — { entityType, id, change } — to the organization.

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

export interface Delivery {
  channels: string[];
  data: unknown;
}

/** What goes on which channels for one event. */
export async function deliveriesOf(event: RealtimeEvent): Promise<Delivery[]> {
  if (!isRecordEvent(event)) return [{ channels: [...new Set(event.userIds)].map(userChannel), data: event.data }];
  const signal = signalOf(event);
  // Without an id there is no one record to check visibility against, so only the signal goes.
  const readers = signal.id
    ? await usersWhoMaySee({ organizationId: event.organizationId, entityType: signal.entityType, id: signal.id, userIds: event.userIds ?? [] })
    : [];
  return [
    ...(readers.length > 0 ? [{ channels: readers.map(userChannel), data: event.data }] : []),
    { channels: [organizationChannel(event.organizationId)], data: signal },
  ];
}

/** Pusher accepts at most 100 channels per trigger. */
const MAX_CHANNELS = 100;

export async function publish(events: RealtimeEvent | RealtimeEvent[]): Promise<void> {
  const sender = pusher();
  if (!sender) return;
  for (const event of Array.isArray(events) ? events : [events]) {
    try {
      for (const { channels, data } of await deliveriesOf(event)) {
        for (let start = 0; start < channels.length; start += MAX_CHANNELS) {
          await sender.trigger(channels.slice(start, start + MAX_CHANNELS), event.name, data);
        }
      }
    } catch (error) {
      console.error(`realtime: could not publish ${event.name}:`, error);
    }
  }
}

/** For tests that point the publisher at a loopback server after changing the environment. */
export function resetRealtimeClient(): void {
  resetApiEnv();
  client = undefined;
}
