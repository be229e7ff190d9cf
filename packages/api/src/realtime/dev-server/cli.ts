// Runs Harbor's local Pusher stand-in (development and tests only; production uses Pusher).
//   REALTIME_PORT (default 6001), REALTIME_HOST (default 127.0.0.1),
//   PUSHER_APP_ID / PUSHER_KEY / PUSHER_SECRET (generated and printed when not all set).
// `npm start` runs it with the credentials it keeps in .harbor/realtime.json.
import { EnvError } from "@harbor/config/env";
import { devCredentials, readRealtimeDevEnv } from "./env";
import { startRealtimeDevServer } from "./server";

async function main(): Promise<void> {
  const env = readRealtimeDevEnv();
  const { generated, ...credentials } = devCredentials(env);
  const server = await startRealtimeDevServer({ ...credentials, port: env.REALTIME_PORT, host: env.REALTIME_HOST });
  const stop = () => {
    void server.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  if (generated) {
    console.info(`realtime stand-in credentials (generated): PUSHER_APP_ID=${credentials.appId} PUSHER_KEY=${credentials.key} PUSHER_SECRET=${credentials.secret}`);
  }
  console.info(`realtime stand-in ready on ${server.url} (app ${credentials.appId}; events API /apps/${credentials.appId}/events, WebSocket /app/${credentials.key}) — development only`);
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) console.error(error.message);
  else if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    console.error(`realtime stand-in: port ${(error as { port?: number }).port ?? ""} is in use; set REALTIME_PORT to another port`);
  } else console.error(error);
  process.exit(1);
});
