// The API alone on node:http, through the same listener apps/web/server.ts puts in front of
// Next.js (API keys only, no session cookie) and with the same instance sync. For tests that
// need separate API processes (serve/multi-instance.test.ts) and for crm-bench.
//
//   API_INSTANCE_PORT=0 DATABASE_URL=… node --import tsx packages/api/src/serve/api-instance.ts
// prints `listening <port>` once it answers.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createApiListener } from "./node-listener";
import { startInstanceSync } from "./instance-sync";

const serveApi = createApiListener({ sessionId: async () => null });
const sync = startInstanceSync();
await sync?.ready;

const server = createServer((request, response) => {
  void serveApi(request, response).then((served) => {
    if (!served) response.writeHead(404, { "content-length": 0 }).end();
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.API_INSTANCE_PORT ?? 0), "127.0.0.1", () => {
  console.info(`listening ${(server.address() as AddressInfo).port}`);
});
process.on("SIGTERM", () => {
  server.close();
  void sync?.stop().finally(() => process.exit(0));
});
