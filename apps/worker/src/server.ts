import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { inngest } from "@harbor/api/events";
import type { JobsEngine } from "@harbor/api/jobs";
import { serve } from "inngest/node";
import type { functions as workerFunctions } from "./functions";

/**
 * The worker's HTTP server: Inngest's endpoint at /api/inngest when Inngest is the engine (it
 * lists, syncs and calls the functions), and /health.
 */
export function createWorkerServer({ engine, functions }: { engine: JobsEngine; functions: typeof workerFunctions }) {
  const inngestHandler = engine === "inngest" ? serve({ client: inngest, functions }) : null;
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://worker");
    if (url.pathname === "/api/inngest") {
      if (inngestHandler) {
        inngestHandler(request, response);
        return;
      }
      json(response, 404, { error: "Jobs run on the embedded runner: no Inngest server is configured (INNGEST_DEV, INNGEST_BASE_URL or INNGEST_SIGNING_KEY)." });
      return;
    }
    if (url.pathname === "/health") {
      json(response, 200, { status: "ok", engine, functions: functions.length });
      return;
    }
    json(response, 404, { error: "not found" });
  });
}

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}
