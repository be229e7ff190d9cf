// A development and test stand-in for Pusher; see server.ts. Production uses Pusher itself.
export { DEV_SERVER_NAME, startRealtimeDevServer, type RealtimeDevServer, type RealtimeDevServerOptions } from "./server";
export type { ApiRequestRecord } from "./events-api";
export { type AppCredentials } from "./signatures";
