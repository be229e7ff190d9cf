// The floor for served-bench: node:http + node-postgres and nothing else. For each scenario and
// call it replays the very statements Harbor ran for that call (recorded by served-bench through
// node-postgres, with their values), prepared once per connection, and answers their rows as
// JSON with a Content-Length — the same pages from the same rows, without any framework.
//
//   FLOOR_STATEMENTS=<file.json> FLOOR_PORT=3911 DATABASE_URL=… node --import tsx floor-server.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import pg from "pg";

export interface RecordedStatement {
  text: string;
  values: unknown[];
}

/** Per scenario, per call (search term), the statements one call ran. */
export type FloorStatements = RecordedStatement[][][];

const statements = JSON.parse(readFileSync(process.env.FLOOR_STATEMENTS!, "utf8")) as FloorStatements;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: "-c jit=off" });
const named = (text: string) => `f${createHash("sha1").update(text).digest("base64url")}`;

const server = createServer((request, response) => {
  const [, , scenario, call] = (request.url ?? "").split("/");
  const calls = statements[Number(scenario)];
  if (request.url === "/health" || !calls) {
    response.writeHead(request.url === "/health" ? 200 : 404, { "content-length": 2 }).end("ok");
    return;
  }
  const replay = calls[Number(call) % calls.length]!;
  Promise.all(replay.map(({ text, values }) => pool.query({ name: named(text), text, values })))
    .then((results) => {
      const body = JSON.stringify(results.map((result): unknown[] => result.rows));
      response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body);
    })
    .catch((error: unknown) => {
      console.error(error);
      response.writeHead(500, { "content-length": 0 }).end();
    });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.FLOOR_PORT ?? 3911), "127.0.0.1");
process.on("SIGTERM", () => server.close(() => void pool.end().then(() => process.exit(0))));
