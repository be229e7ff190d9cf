// Harbor's web server, what `npm start` (and `npm run dev` in apps/web) runs: one node:http server
// on one port. API requests (/api/trpc, /api/health, /api/realtime/auth, … — the table in
// @harbor/api/serve) are answered by the API's handlers directly; everything else (pages, assets,
// /api/auth for next-auth) goes to Next.js. Every answer carries the security headers.
//
//   node --import tsx apps/web/server.ts --dev        development (PORT, HOSTNAME)
//   node --enable-source-maps apps/web/.next/harbor-server.mjs
//                                                    production: this file bundled by the web build
//                                                    (buildWeb in scripts/lib.mjs), NODE_ENV=production
import { createServer } from "node:http";
import { createApiListener, securityHeaders } from "@harbor/api/serve";
import next from "next";
import { webEnv } from "./src/env";
import { isProduction } from "./src/server/production-checks";
import { sessionIdFrom } from "./src/server/session-user";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME;

// Next.js replaces the global Date with a wrapper that reports reads of the clock to
// cacheComponents' prerendering (node-environment-extensions/date.js). Harbor does not use
// cacheComponents, and in this process the wrapper also runs for every timestamp the API reads
// from Postgres: 4% of a list request's CPU. The native Date is put back once Next has loaded.
const NativeDate = Date;

const app = next({ dev, dir: import.meta.dirname, port, ...(hostname ? { hostname } : {}) });
const handlePage = app.getRequestHandler();
await app.prepare();
if (globalThis.Date !== NativeDate) {
  globalThis.Date = NativeDate;
  Object.defineProperty(NativeDate.prototype, "constructor", { value: NativeDate });
}

const headers = Object.entries(securityHeaders({ production: !dev && isProduction(webEnv()) }));
const serveApi = createApiListener({ sessionId: sessionIdFrom });

const server = createServer((request, response) => {
  for (const [name, value] of headers) response.setHeader(name, value);
  serveApi(request, response)
    .then((served) => (served ? undefined : handlePage(request, response)))
    .catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
});
// Next.js's development server updates the page over a WebSocket.
if (dev) {
  const upgrade = app.getUpgradeHandler();
  server.on("upgrade", (request, socket, head) => void upgrade(request, socket, head));
}
// Longer than a load balancer's idle timeout, so it never reuses a connection this server closed.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.info(`▲ Harbor web on http://${hostname ?? "localhost"}:${port}${dev ? " (development)" : ""}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
