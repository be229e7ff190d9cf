// The CRM benchmark (issue: CRM core). Seeds 100k contacts, 100k leads and 1M activities into a
// scratch database, serves the API over HTTP against it (the API's own listener without Next.js:
// src/serve/api-instance.ts), and measures p50/p95 of the list
// and search procedures at 20 concurrent clients, then the import of a 10k-row CSV.
//
//   node --import tsx packages/api/bench/crm-bench.ts [--reuse] [--seconds 15] [--write]
//
// BENCH_SERVER_URL (default postgresql://postgres@127.0.0.1:5432/postgres) names the server; the
// scratch database is harbor_bench (dropped and recreated unless --reuse).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import superjson from "superjson";
import { KeepAliveConnection, rawRequest, runLoad, type LoadResult } from "./load";
import { apiKeyFor, benchDatabaseUrls, prepareBenchDatabase, VOLUME } from "./bench-data";

const { values: args } = parseArgs({
  options: {
    reuse: { type: "boolean", default: false },
    seconds: { type: "string", default: "15" },
    write: { type: "boolean", default: false },
    port: { type: "string", default: "3900" },
    only: { type: "string" },
    "no-import": { type: "boolean", default: false },
  },
});

const repo = path.resolve(import.meta.dirname, "../../..");
const { databaseUrl } = benchDatabaseUrls();
const port = Number(args.port);
const baseUrl = `http://127.0.0.1:${port}`;
const durationMs = Number(args.seconds) * 1000;
const CONCURRENCY = 20;

process.env.DATABASE_URL = databaseUrl;

function startApiServer(): ChildProcess {
  // The import rows measure the in-request import: files past IMPORT_QUEUE_ABOVE_ROWS go to the worker.
  const env = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", API_INSTANCE_PORT: String(port), IMPORT_QUEUE_ABOVE_ROWS: "100000" };
  // The API alone, through the listener apps/web/server.ts serves it with (src/serve/api-instance.ts).
  // Node itself runs the server (tsx as a loader, not a wrapper process), so its pid is the server's.
  return spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "../src/serve/api-instance.ts")], { cwd: repo, env, stdio: ["ignore", "ignore", "inherit"] });
}

async function waitForHealth() {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return; // fetch is fine outside the measured loop
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("web app did not become healthy");
}

interface Reply {
  ok: boolean;
  status: number;
  body: string;
}

/** A procedure call as bytes on the wire, encoded once: the load generator shares the cores with the server. */
type PreparedCall = Buffer;

function prepare(key: string, procedure: string, input: unknown, method: "GET" | "POST" = "GET"): PreparedCall {
  const encoded = JSON.stringify(superjson.serialize(input));
  const headers = { Authorization: `Bearer ${key}`, "Content-Type": "application/json" };
  return method === "GET"
    ? rawRequest({ host: `127.0.0.1:${port}`, method, path: `/api/trpc/${procedure}?input=${encodeURIComponent(encoded)}`, headers })
    : rawRequest({ host: `127.0.0.1:${port}`, method, path: `/api/trpc/${procedure}`, headers, body: encoded });
}

// One keep-alive connection per client (load.ts: a minimal HTTP/1.1 client, since it shares the
// two cores with the server), and one for calls outside the measured loops.
const connections = new Map<number, KeepAliveConnection>();
const connectionFor = (client: number) => {
  let connection = connections.get(client);
  if (!connection || connection.closed) connections.set(client, (connection = new KeepAliveConnection("127.0.0.1", port)));
  return connection;
};
const ASIDE = -1;

async function send(prepared: PreparedCall, client = ASIDE): Promise<Reply> {
  const { status, body } = await connectionFor(client).send(prepared);
  return { ok: status >= 200 && status < 300, status, body: body.toString("utf8") };
}

/** The load loop's call: the status alone, the body left unread. */
async function sendForStatus(prepared: PreparedCall, client: number): Promise<boolean> {
  const { status } = await connectionFor(client).send(prepared);
  return status >= 200 && status < 300;
}

/** A short account of an answer: how many items, of what total; or how many hits of each kind. */
function describeReply(reply: Reply): string {
  if (!reply.ok) return `HTTP ${reply.status}`;
  const data = (JSON.parse(reply.body) as { result: { data: { json: Record<string, unknown> } } }).result.data.json;
  if (Array.isArray(data.items)) {
    const total = typeof data.total === "number" ? ` of ${data.total}${data.totalCapped ? "+" : ""}` : "";
    return `${data.items.length}${total}`;
  }
  const counts = Object.entries(data).filter(([, value]) => Array.isArray(value));
  if (counts.length > 0) return counts.map(([kind, value]) => `${(value as unknown[]).length} ${kind}`).join(", ");
  return "ok";
}

function rssMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

function csvRows(count: number, offset: number): string {
  const lines = ["Full Name,E-mail Address,Phone #,Company Name,Lead Source,Est. Value"];
  for (let index = 0; index < count; index++) {
    const n = offset + index;
    const digits = String(n).padStart(7, "0");
    lines.push(`Import Person ${n},import${n}@example.org,+1 (777) ${digits.slice(0, 3)}-${digits.slice(3)},Company ${n % 50},Website,${(n % 90) * 100}`);
  }
  return `${lines.join("\n")}\n`;
}

async function main() {
  const started = performance.now();
  await prepareBenchDatabase({ reuse: args.reuse });
  const adminKey = await apiKeyFor("admin@bench.local");
  const agentKey = await apiKeyFor("agent1@bench.local");
  const web = startApiServer();
  try {
    await waitForHealth();
    const names = ["Garcia", "Olivia", "Patel", "Summit", "lead12", "Nguyen", "Riverside", "Kim"];
    // Each scenario's calls, one per search term where it searches, prepared before the clock starts.
    const scenarios: { name: string; calls: PreparedCall[] }[] = [
      { name: "auth.me (the floor: an authenticated call that reads its user)", calls: [prepare(agentKey, "auth.me", undefined)] },
      { name: "crm.leads.list (admin, 50 newest of 100k)", calls: [prepare(adminKey, "crm.leads.list", { limit: 50 })] },
      { name: "crm.leads.list (agent, own, by status)", calls: [prepare(agentKey, "crm.leads.list", { limit: 50, status: "qualified" })] },
      { name: "crm.contacts.list with search", calls: names.map((name) => prepare(adminKey, "crm.contacts.list", { limit: 50, search: name })) },
      { name: "search.global", calls: names.map((q) => prepare(agentKey, "search.global", { q })) },
      { name: "crm.agents.list", calls: [prepare(adminKey, "crm.agents.list", {})] },
    ];
    const results: { name: string; result: LoadResult; sample: string }[] = [];
    for (const scenario of scenarios.filter((candidate) => !args.only || candidate.name.includes(args.only))) {
      // What the procedure answers (once per search term), so the figures are known to measure real work.
      const samples: Reply[] = [];
      for (const prepared of scenario.calls) samples.push(await send(prepared));
      const sample = [...new Set(samples.map(describeReply))].join("; ");
      const result = await runLoad({
        concurrency: CONCURRENCY,
        durationMs,
        request: (client, iteration) => sendForStatus(scenario.calls[iteration % scenario.calls.length]!, client),
      });
      console.info(`${scenario.name}: ${JSON.stringify(result)} — answers: ${sample}`);
      results.push({ name: scenario.name, result, sample });
    }

    const imports: { rows: number; seconds: number; rssBefore: number; rssAfter: number; summary: string }[] = [];
    for (const [rows, offset] of args["no-import"] ? [] : ([[2_000, 0], [10_000, 100_000]] as const)) {
      const rssBefore = rssMegabytes(web.pid!);
      const importStarted = performance.now();
      const response = await send(prepare(adminKey, "crm.leads.import.commit", { filename: `bench-${rows}.csv`, content: csvRows(rows, offset), kind: "client", mapping: null }, "POST"));
      const body = JSON.parse(response.body) as { result?: { data: { json: { created: number; updated: number; skipped: number; errors: unknown[] } } }; error?: unknown };
      const seconds = (performance.now() - importStarted) / 1000;
      const outcome = body.result?.data.json;
      const summary = outcome ? `${outcome.created} created, ${outcome.updated} updated, ${outcome.skipped} skipped, ${outcome.errors.length} errors` : JSON.stringify(body.error);
      imports.push({ rows, seconds: Math.round(seconds * 10) / 10, rssBefore, rssAfter: rssMegabytes(web.pid!), summary });
      console.info(`import ${rows} rows: ${seconds.toFixed(1)} s (${summary})`);
    }

    const report = renderReport(results, imports);
    console.info(`\n${report}`);
    if (args.write) writeReport(report);
    console.info(`bench finished in ${Math.round((performance.now() - started) / 1000)} s`);
  } finally {
    for (const connection of connections.values()) connection.close();
    web.kill("SIGTERM");
    const { db } = await import("@harbor/db");
    await db.$disconnect();
  }
}

/** BENCHMARKS.md: the measured part is replaced; what follows NOTES_MARKER (written by hand) is kept. */
const NOTES_MARKER = "<!-- notes: kept by crm-bench --write -->";

function writeReport(report: string) {
  const file = path.join(repo, "BENCHMARKS.md");
  const existing = existsSync(file) ? readFileSync(file, "utf8") : "";
  const notes = existing.includes(NOTES_MARKER) ? existing.slice(existing.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`;
  writeFileSync(file, `${report}\n${notes}`);
}

function renderReport(
  results: { name: string; result: LoadResult; sample: string }[],
  imports: { rows: number; seconds: number; rssBefore: number; rssAfter: number; summary: string }[],
): string {
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL 15`;
  return [
    "# Benchmarks",
    "",
    "## CRM core: lists, search and import",
    "",
    `Measured ${date} on ${machine}; the load generator shares the machine with the server.`,
    "",
    "```sh",
    "node --import tsx packages/api/bench/crm-bench.ts --write",
    "```",
    "",
    `Data: ${VOLUME.contacts.toLocaleString("en")} contacts, ${VOLUME.leads.toLocaleString("en")} leads, ${VOLUME.activities.toLocaleString("en")} activities in one organization (7 users, 2 teams).`,
    `Served by the API's own listener (\`createApiListener\`, what apps/web/server.ts puts in front of Next.js) without Next.js, in its own process (src/serve/api-instance.ts), called over HTTP with API keys as a script would (superjson; Prisma, and node-postgres through \`readRows\` for the contact and lead lists and search, on one pool of 10 connections); ${CONCURRENCY} concurrent clients in a second process, each on one keep-alive HTTP/1.1 connection (a minimal client, load.ts), closed loop, ${durationMs / 1000} s per scenario after 1 s of warm-up. Target: p95 ≤ 50 ms.`,
    "",
    "| procedure | requests | req/s | p50 ms | p95 ms | p99 ms | errors | answers (one call per search term) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...results.map(
      ({ name, result, sample }) =>
        `| ${name} | ${result.requests} | ${result.requestsPerSecond} | ${result.p50} | ${result.p95} | ${result.p99} | ${result.errors} | ${sample} |`,
    ),
    "",
    "Import (`crm.leads.import.commit`, CSV with odd headers, heuristic mapping; target 10k rows ≤ 15 s, memory flat in file size):",
    "",
    "| rows | seconds | server RSS before → after (MB) | outcome |",
    "| --- | --- | --- | --- |",
    ...imports.map((entry) => `| ${entry.rows.toLocaleString("en")} | ${entry.seconds} | ${entry.rssBefore} → ${entry.rssAfter} | ${entry.summary} |`),
    "",
  ].join("\n");
}

await main();
