// `npm run test:load`: load and fault runs over the served API (issue 11).
//
//   1. load   — 200 concurrent clients for 60 s mixing reads and writes through the web server
//               (apps/web/server.ts, as `npm start` runs it) with API keys: 0 answers ≥ 500, every
//               acknowledged write present afterwards.
//   2. fault  — the same load while the database is restarted: calls fail cleanly (503, within the
//               request timeout, never hanging), the server recovers without being restarted, and
//               nothing acknowledged is lost.
//
// The database is a throwaway PostgreSQL cluster this script creates (initdb, its own port and
// socket directory under /tmp) and restarts; the shared server on 5432 is never touched. Without
// a current web build (`npm start` builds one) the server runs with --dev: API calls never reach
// Next.js, so the API path is the same.
//
//   cd packages/api && node --import tsx bench/load-fault.ts [--clients 200] [--seconds 60] [--fault-seconds 30]
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { percentile } from "./load";

const { values: args } = parseArgs({
  options: {
    clients: { type: "string", default: "200" },
    seconds: { type: "string", default: "60" },
    "fault-seconds": { type: "string", default: "30" },
    port: { type: "string", default: "3920" },
    "db-port": { type: "string", default: "55439" },
  },
});

const repo = path.resolve(import.meta.dirname, "../../..");
const CLIENTS = Number(args.clients);
const LOAD_SECONDS = Number(args.seconds);
const FAULT_SECONDS = Number(args["fault-seconds"]);
const webPort = Number(args.port);
const dbPort = Number(args["db-port"]);
/** A call still unanswered after this long counts as hung. */
const REQUEST_TIMEOUT_MS = 30_000;
const loadAverage = () => os.loadavg().map((value) => value.toFixed(1)).join(" / ");

// ── The throwaway PostgreSQL cluster ─────────────────────────────────────────────────────────

function postgresBin(): string {
  const configured = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  if (configured.status === 0 && existsSync(path.join(configured.stdout.trim(), "initdb"))) return configured.stdout.trim();
  const versions = existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) if (existsSync(`/usr/lib/postgresql/${version}/bin/initdb`)) return `/usr/lib/postgresql/${version}/bin`;
  throw new Error("no PostgreSQL server binaries (initdb, pg_ctl) found: install postgresql or put pg_config on PATH");
}

class ThrowawayPostgres {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), "harbor-load-pg-"));
  readonly url = `postgresql://postgres@127.0.0.1:${dbPort}/postgres`;
  private readonly bin = postgresBin();
  // initdb and postgres refuse to run as root: as root, the cluster belongs to the postgres user.
  private readonly asUser = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];

  private run(tool: string, toolArgs: string[]) {
    const [command, ...rest] = [...this.asUser, path.join(this.bin, tool), ...toolArgs];
    const result = spawnSync(command!, rest, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
  }

  init() {
    if (this.asUser.length > 0) {
      const ids = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
      const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
      chownSync(this.dir, Number(ids.stdout.trim()), Number(gid.stdout.trim()));
    }
    this.run("initdb", ["-D", path.join(this.dir, "data"), "-U", "postgres", "-A", "trust", "--no-sync"]);
  }

  private readonly options = `-p ${dbPort} -k ${path.join(os.tmpdir())} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on`;

  start() {
    this.run("pg_ctl", ["-D", path.join(this.dir, "data"), "-o", this.options, "-l", path.join(this.dir, "log"), "-w", "start"]);
  }

  /** A fast restart: every connection is cut, in-flight transactions roll back. Asynchronous, so the clients keep calling meanwhile. */
  restart(): Promise<void> {
    const [command, ...rest] = [...this.asUser, path.join(this.bin, "pg_ctl"), "-D", path.join(this.dir, "data"), "-o", this.options, "-l", path.join(this.dir, "log"), "-m", "fast", "-w", "restart"];
    return new Promise((resolve, reject) => {
      execFile(command, rest, (error, stdout, stderr) => (error ? reject(new Error(`pg_ctl restart failed: ${stderr || stdout}`)) : resolve()));
    });
  }

  destroy() {
    try {
      this.run("pg_ctl", ["-D", path.join(this.dir, "data"), "-m", "immediate", "-w", "stop"]);
    } catch {
      // Already stopped.
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

// ── The agency and its keys ──────────────────────────────────────────────────────────────────

async function seedAgency(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  const { migrateDeploy } = await import("@harbor/db/migrate");
  await migrateDeploy({ databaseUrl });
  const { db } = await import("@harbor/db");
  const { hashPassword } = await import("@harbor/db/password");
  const { createApiKey } = await import("../src/services/auth/api-keys");
  const { loadUserActor } = await import("../src/services/auth/sessions");
  const organization = await db.organization.create({ data: { name: "Load Agency", slug: `load-${randomBytes(4).toString("hex")}` } });
  const team = await db.team.create({ data: { organizationId: organization.id, name: "North" } });
  const passwordHash = await hashPassword(randomBytes(16).toString("hex"));
  const people = [{ email: "admin@load.local", role: "admin" as const }, ...[1, 2, 3, 4].map((n) => ({ email: `agent${n}@load.local`, role: "agent" as const }))];
  const keys: string[] = [];
  for (const person of people) {
    const user = await db.user.create({ data: { ...person, organizationId: organization.id, teamId: team.id, name: person.email.split("@")[0]!, passwordHash } });
    keys.push((await createApiKey({ actor: (await loadUserActor(user.id))!, name: "load" })).key);
  }
  await db.$disconnect();
  return { organizationId: organization.id, keys };
}

// ── The web server ───────────────────────────────────────────────────────────────────────────

async function startWeb(databaseUrl: string): Promise<{ child: ChildProcess; mode: string }> {
  const { webBuildState, webServerArgs } = (await import(path.join(repo, "scripts/lib.mjs"))) as { webBuildState: () => { current: boolean }; webServerArgs: () => string[] };
  const built = webBuildState().current;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: built ? "production" : "development",
    HARBOR_ENV: built ? "production" : "development",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_URL: `http://localhost:${webPort}`,
    PORT: String(webPort),
    HOSTNAME: "127.0.0.1",
    NEXT_TELEMETRY_DISABLED: "1",
    // 200 clients on 5 keys: the per-key limit (600 a minute) is not what this run measures.
    API_KEY_RATE_LIMIT_PER_MINUTE: "10000000",
  };
  for (const name of Object.keys(env)) if (name.startsWith("PUSHER_") || name.startsWith("INNGEST_")) delete env[name];
  const args = built ? webServerArgs() : ["--import", "tsx", path.join(repo, "apps/web/server.ts"), "--dev"];
  const child = spawn(process.execPath, args, { cwd: repo, env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`the web server exited (${child.exitCode}): ${stderr}`);
    try {
      if ((await fetch(`http://127.0.0.1:${webPort}/api/health`)).ok) return { child, mode: built ? "production build" : "--dev (no current build)" };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the web server did not answer /api/health");
}

// ── The clients ──────────────────────────────────────────────────────────────────────────────

type Entity = "lead" | "contact" | "task";

interface Outcome {
  at: number;
  ms: number;
  status: number | "timeout" | "network";
  write: boolean;
}

class Recorder {
  readonly outcomes: Outcome[] = [];
  /** What the first answers ≥ 500 other than 503 said. */
  readonly unexpected: string[] = [];
  readonly acknowledged: Record<Entity, string[]> = { lead: [], contact: [], task: [] };
}

const terms = ["Ada", "Lovelace", "load", "Garcia", "agent", "North", "policy", "task"];

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

function nextCall(): { path: string; input: unknown; write?: Entity } {
  const roll = Math.random();
  const tag = randomBytes(6).toString("hex");
  if (roll < 0.12) return { path: "crm.leads.create", input: { kind: "client", name: `Load Lead ${tag}`, email: `lead.${tag}@load.test` }, write: "lead" };
  if (roll < 0.22) return { path: "crm.contacts.create", input: { name: `Load Contact ${tag}`, email: `contact.${tag}@load.test` }, write: "contact" };
  if (roll < 0.3) return { path: "crm.tasks.create", input: { title: `Load task ${tag}` }, write: "task" };
  if (roll < 0.5) return { path: "crm.leads.list", input: { limit: 20 } };
  if (roll < 0.65) return { path: "crm.contacts.list", input: { limit: 20 } };
  if (roll < 0.8) return { path: "crm.tasks.list", input: { limit: 20 } };
  return { path: "search.global", input: { q: pick(terms) } };
}

async function callOnce(keys: string[], recorder: Recorder, started: number) {
  const call = nextCall();
  const key = pick(keys);
  const payload = JSON.stringify({ json: call.input });
  const url = call.write ? `http://127.0.0.1:${webPort}/api/trpc/${call.path}` : `http://127.0.0.1:${webPort}/api/trpc/${call.path}?input=${encodeURIComponent(payload)}`;
  const begin = performance.now();
  let status: Outcome["status"];
  try {
    const response = await fetch(url, {
      method: call.write ? "POST" : "GET",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      ...(call.write ? { body: payload } : {}),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    status = response.status;
    if (status >= 500 && status !== 503 && recorder.unexpected.length < 5) recorder.unexpected.push(`${call.path} → ${status} ${(await response.clone().text()).slice(0, 400)}`);
    const body = (await response.json()) as { result?: { data?: { json?: { id?: string } } } };
    if (call.write && response.status === 200) {
      const id = body.result?.data?.json?.id;
      if (!id) throw new Error(`${call.path} answered 200 without an id`);
      recorder.acknowledged[call.write].push(id);
    }
  } catch (error) {
    status = (error as Error).name === "TimeoutError" ? "timeout" : "network";
  }
  recorder.outcomes.push({ at: begin - started, ms: performance.now() - begin, status, write: Boolean(call.write) });
}

async function drive(keys: string[], seconds: number, during?: (elapsedMs: number) => void): Promise<Recorder> {
  const recorder = new Recorder();
  const started = performance.now();
  const until = started + seconds * 1_000;
  const ticker = during ? setInterval(() => during(performance.now() - started), 250) : null;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) await callOnce(keys, recorder, started);
    }),
  );
  if (ticker) clearInterval(ticker);
  return recorder;
}

function summarize(recorder: Recorder, seconds: number) {
  const byStatus: Record<string, number> = {};
  for (const outcome of recorder.outcomes) byStatus[String(outcome.status)] = (byStatus[String(outcome.status)] ?? 0) + 1;
  const latencies = recorder.outcomes
    .filter((outcome) => typeof outcome.status === "number")
    .map((outcome) => outcome.ms)
    .sort((a, b) => a - b);
  const writes = recorder.outcomes.filter((outcome) => outcome.write).length;
  return {
    requests: recorder.outcomes.length,
    perSecond: Math.round(recorder.outcomes.length / seconds),
    writes,
    acknowledgedWrites: Object.values(recorder.acknowledged).reduce((sum, ids) => sum + ids.length, 0),
    byStatus,
    p50Ms: Math.round(percentile(latencies, 0.5)),
    p99Ms: Math.round(percentile(latencies, 0.99)),
    maxMs: Math.round(Math.max(0, ...recorder.outcomes.map((outcome) => outcome.ms))),
  };
}

async function missingAcknowledged(databaseUrl: string, recorder: Recorder) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const missing: Record<Entity, number> = { lead: 0, contact: 0, task: 0 };
    const tables: Record<Entity, string> = { lead: "leads", contact: "contacts", task: "tasks" };
    for (const entity of Object.keys(tables) as Entity[]) {
      const ids = recorder.acknowledged[entity];
      const { rows } = await client.query<{ present: number }>(`SELECT count(*)::int AS present FROM ${tables[entity]} WHERE id = ANY($1::uuid[])`, [ids]);
      missing[entity] = ids.length - rows[0]!.present;
    }
    return missing;
  } finally {
    await client.end();
  }
}

// ── The run ──────────────────────────────────────────────────────────────────────────────────

const database = new ThrowawayPostgres();
let web: ChildProcess | undefined;
let failed = false;
try {
  console.info(`load average at start: ${loadAverage()} (${os.cpus().length} cores)`);
  database.init();
  database.start();
  console.info(`throwaway PostgreSQL on 127.0.0.1:${dbPort} (${database.dir})`);
  const { keys } = await seedAgency(database.url);
  const started = await startWeb(database.url);
  web = started.child;
  console.info(`web server on :${webPort}, ${started.mode}`);

  // Warm the server (JIT, caches) before measuring.
  await drive(keys, 3);

  console.info(`\n1. load: ${CLIENTS} clients for ${LOAD_SECONDS} s…`);
  const load = await drive(keys, LOAD_SECONDS);
  const loadSummary = summarize(load, LOAD_SECONDS);
  const loadServerErrors = load.outcomes.filter((outcome) => typeof outcome.status !== "number" || outcome.status >= 500).length;
  const loadMissing = await missingAcknowledged(database.url, load);
  console.info(JSON.stringify({ ...loadSummary, serverErrorsOrHung: loadServerErrors, missingAcknowledged: loadMissing }, null, 2));
  console.info(`load average after the load run: ${loadAverage()}`);

  console.info(`\n2. fault: ${CLIENTS} clients for ${FAULT_SECONDS} s, the database restarted at 10 s…`);
  const restart: { begin: number | null; end: number | null; error: string | null } = { begin: null, end: null, error: null };
  const restarting: { run: Promise<void> | null } = { run: null };
  const fault = await drive(keys, FAULT_SECONDS, (elapsed) => {
    if (restarting.run || elapsed < 10_000) return;
    restart.begin = elapsed;
    const began = performance.now() - elapsed;
    restarting.run = database.restart().then(
      () => {
        restart.end = performance.now() - began;
      },
      (error: unknown) => {
        restart.error = (error as Error).message;
      },
    );
  });
  await restarting.run;
  const faultSummary = summarize(fault, FAULT_SECONDS);
  const unclean = fault.outcomes.filter((outcome) => outcome.status === "timeout" || outcome.status === "network" || (typeof outcome.status === "number" && outcome.status >= 500 && outcome.status !== 503));
  const refused = fault.outcomes.filter((outcome) => outcome.status === 503);
  // Recovery: calls sent after the restart finished that succeed, without Harbor being restarted.
  const restartedAt = restart.end ?? Number.POSITIVE_INFINITY;
  const after = fault.outcomes.filter((outcome) => outcome.at > restartedAt);
  const successes = after.filter((outcome) => outcome.status === 200).sort((a, b) => a.at + a.ms - (b.at + b.ms));
  const recoveredAtMs = successes[0] ? Math.round(successes[0].at + successes[0].ms) : null;
  const successesAfter = successes.length;
  const faultMissing = await missingAcknowledged(database.url, fault);
  const maxRefusalMs = Math.round(Math.max(0, ...refused.map((outcome) => outcome.ms)));
  console.info(
    JSON.stringify(
      {
        ...faultSummary,
        restartAtMs: restart.begin === null ? null : Math.round(restart.begin),
        restartDoneAtMs: restart.end === null ? null : Math.round(restart.end),
        refused503: refused.length,
        slowest503Ms: maxRefusalMs,
        uncleanFailures: unclean.length,
        firstSuccessAfterRestartAtMs: recoveredAtMs,
        callsSentAfterRestart: after.length,
        successesAfterRestart: successesAfter,
        unexpected: [...load.unexpected, ...fault.unexpected],
        missingAcknowledged: faultMissing,
      },
      null,
      2,
    ),
  );
  console.info(`load average at the end: ${loadAverage()}`);

  const problems: string[] = [];
  if (loadServerErrors > 0) problems.push(`load: ${loadServerErrors} answers ≥ 500 or hung`);
  if (Object.values(loadMissing).some((count) => count > 0)) problems.push(`load: acknowledged writes missing ${JSON.stringify(loadMissing)}`);
  if (unclean.length > 0) problems.push(`fault: ${unclean.length} calls failed other than with 503 (or hung)`);
  if (restart.begin === null || restart.end === null) problems.push(`fault: the database was not restarted${restart.error ? ` (${restart.error})` : ""}`);
  if (successesAfter === 0) problems.push("fault: the server did not recover after the restart");
  if (Object.values(faultMissing).some((count) => count > 0)) problems.push(`fault: acknowledged writes missing ${JSON.stringify(faultMissing)}`);
  if (problems.length > 0) {
    failed = true;
    console.error(`\nFAILED:\n- ${problems.join("\n- ")}`);
  } else {
    console.info("\nPASSED: no answer ≥ 500 under load; the restart was answered with 503s only and recovered; no acknowledged write lost");
  }
} finally {
  if (web && web.exitCode === null) {
    web.kill("SIGTERM");
    await new Promise((resolve) => web!.once("exit", resolve));
  }
  database.destroy();
}
process.exit(failed ? 1 : 0);
