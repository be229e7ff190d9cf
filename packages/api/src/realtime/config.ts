import { apiEnv } from "../env";

// Realtime settings from PUSHER_*: Pusher itself (cluster), or any server speaking its protocol at
// PUSHER_HOST/PUSHER_PORT (soketi, or the local stand-in `npm start` runs without credentials).

export interface RealtimeConfig {
  appId: string;
  key: string;
  secret: string;
  useTLS: boolean;
  cluster: string;
  host?: string;
  port?: number;
}

/** What the browser needs to connect — never the secret. */
export type PublicRealtimeConfig = Omit<RealtimeConfig, "appId" | "secret">;

export function realtimeConfig(): RealtimeConfig | null {
  const env = apiEnv();
  if (!env.PUSHER_APP_ID || !env.PUSHER_KEY || !env.PUSHER_SECRET) return null;
  return {
    appId: env.PUSHER_APP_ID,
    key: env.PUSHER_KEY,
    secret: env.PUSHER_SECRET,
    useTLS: env.PUSHER_USE_TLS,
    cluster: env.PUSHER_CLUSTER ?? "mt1",
    ...(env.PUSHER_HOST ? { host: env.PUSHER_HOST, ...(env.PUSHER_PORT ? { port: env.PUSHER_PORT } : {}) } : {}),
  };
}

/** Read per request by the web app, so one build works with any realtime configuration. */
export function publicRealtimeConfig(): PublicRealtimeConfig | null {
  const config = realtimeConfig();
  if (!config) return null;
  const { appId: _appId, secret: _secret, ...visible } = config;
  return visible;
}
