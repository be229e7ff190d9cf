import PusherClient from "pusher-js";
import { afterAll, beforeAll } from "vitest";
import type { UserActor } from "../access/actor";
import { resetRealtimeClient } from "../realtime";
import { generateDevCredentials } from "../realtime/dev-server/env";
import { startRealtimeDevServer, type ApiRequestRecord, type RealtimeDevServer } from "../realtime/dev-server";
import { authorizeChannel } from "../services/realtime/authorize-channel";
import { overrideEnv } from "./env";

export interface RealtimeStandIn {
  server: RealtimeDevServer;
  /** Every events-API request the stand-in received, in order. */
  requests: ApiRequestRecord[];
  stop(): Promise<void>;
}

/**
 * Starts the local Pusher stand-in on a free port and points the publisher (PUSHER_*) at it, so
 * tests run the real `pusher` SDK and pusher-js against a loopback server.
 */
export async function startRealtimeStandIn(): Promise<RealtimeStandIn> {
  const requests: ApiRequestRecord[] = [];
  const credentials = generateDevCredentials();
  const server = await startRealtimeDevServer({ ...credentials, port: 0, onApiRequest: (record) => requests.push(record) });
  const restoreEnv = overrideEnv({
    PUSHER_APP_ID: credentials.appId,
    PUSHER_KEY: credentials.key,
    PUSHER_SECRET: credentials.secret,
    PUSHER_HOST: server.host,
    PUSHER_PORT: String(server.port),
    PUSHER_USE_TLS: "false",
  });
  resetRealtimeClient();
  return {
    server,
    requests,
    stop: async () => {
      restoreEnv();
      resetRealtimeClient();
      await server.close();
    },
  };
}

/**
 * The stand-in for a whole test file (or describe block): started before its tests and stopped
 * after them. The returned object is filled in once it has started.
 */
export function useRealtimeStandIn(): RealtimeStandIn {
  const standIn = {} as RealtimeStandIn;
  beforeAll(async () => {
    Object.assign(standIn, await startRealtimeStandIn());
  });
  afterAll(() => standIn.stop());
  return standIn;
}

/** Signs a private channel subscription, as pusher-js's authorizer does through the web route. */
export type ChannelAuthorizer = (socketId: string, channelName: string) => { auth: string };

/** The service the web route uses, as pusher-js's authorizer (a customHandler instead of XHR in Node). */
export const authorizeAsUser =
  (actor: UserActor): ChannelAuthorizer =>
  (socketId, channelName) =>
    authorizeChannel({ actor, socketId, channelName });

/** A real pusher-js client connected to the stand-in over plain WebSockets. */
export function connectRealtimeClient(standIn: RealtimeStandIn, authorize: ChannelAuthorizer): PusherClient {
  return new PusherClient(standIn.server.credentials.key, {
    cluster: "mt1",
    wsHost: standIn.server.host,
    wsPort: standIn.server.port,
    forceTLS: false,
    enabledTransports: ["ws"],
    channelAuthorization: {
      customHandler: ({ socketId, channelName }, callback) => {
        try {
          callback(null, authorize(socketId, channelName));
        } catch (error) {
          callback(error as Error, null);
        }
      },
    },
  });
}
