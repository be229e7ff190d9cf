import { createServer } from "node:http";
import { inngest } from "@harbor/api/events";
import { serve } from "inngest/node";
import { readWorkerEnv, type WorkerEnv } from "./env";
import { functions } from "./functions";

function environment(): WorkerEnv {
  try {
    return readWorkerEnv();
  } catch (error) {
    // One line naming the variable, not a stack trace.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

const env = environment();
const inngestHandler = serve({ client: inngest, functions });

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://worker");
  if (url.pathname === "/api/inngest") {
    inngestHandler(request, response);
    return;
  }
  if (url.pathname === "/health") {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ status: "ok", functions: functions.length }));
    return;
  }
  response.writeHead(404, { "content-type": "application/json" });
  response.end(JSON.stringify({ error: "not found" }));
});

server.listen(env.WORKER_PORT, env.WORKER_HOST, () => {
  console.info(`Harbor worker: ${functions.length} Inngest functions at http://localhost:${env.WORKER_PORT}/api/inngest`);
});

function shutdown() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 3_000).unref();
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
