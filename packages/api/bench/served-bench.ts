// The served-path benchmark (issue 14): the API as `npm start` serves it, against the floor, in
// the same run.
//
//   node --import tsx packages/api/bench/served-bench.ts [--runs 3] [--seconds 10] [--only leads] [--profile]
//
// Data: harbor_bench (bench-data.ts: 100k contacts, 100k leads, 1M activities; seeded when
// missing, reused otherwise) plus 20k opportunities, tasks and policies and 10k tickets
// (seed-records.ts). The web app is built when its sources changed (the stamp `npm start` keeps)
// and started as `npm start` starts it (`node ...webServerArgs()`: server.ts as built), NODE_ENV and
// HARBOR_ENV production. Beside it, floor-server.ts (node:http + node-postgres, no framework)
// answers each call by replaying the statements Harbor ran for it, recorded here once. autocannon
// drives each with 20 keep-alive connections for --seconds per scenario (after 2 s of warm-up),
// calls authenticated with API keys as a script's; every latency is kept (percentiles are exact).
// The web process's RSS is sampled every 200 ms under load. `--profile` writes the web process's
// CPU profile (node --cpu-prof) to .harbor/profiles/ when it stops.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import superjson from "superjson";
import { apiKeyFor, benchDatabaseUrls, prepareBenchDatabase } from "./bench-data";
import type { FloorStatements, RecordedStatement } from "./floor-server";
import { percentile } from "./load";
import { seedRecords } from "./seed-records";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "1" },
    seconds: { type: "string", default: "10" },
    port: { type: "string", default: "3910" },
    "floor-port": { type: "string", default: "3911" },
    only: { type: "string" },
    profile: { type: "boolean", default: false },
  },
});

const repo = path.resolve(import.meta.dirname, "../../..");
const { databaseUrl } = benchDatabaseUrls();
process.env.DATABASE_URL = databaseUrl;
const CONNECTIONS = 20;
const seconds = Number(args.seconds);
const webPort = Number(args.port);
const floorPort = Number(args["floor-port"]);

interface Scenario {
  name: string;
  procedure: string;
  as: "admin" | "agent";
  inputs: unknown[];
}

const terms = ["Garcia", "Olivia", "Patel", "Summit", "lead12", "Nguyen", "Riverside", "Kim"];
const allScenarios: Scenario[] = [
  { name: "crm.leads.list (admin, 50 newest)", procedure: "crm.leads.list", as: "admin", inputs: [{ limit: 50 }] },
  { name: "crm.leads.list (agent, own, by status)", procedure: "crm.leads.list", as: "agent", inputs: [{ limit: 50, status: "qualified" }] },
  { name: "crm.leads.list with search (8 terms)", procedure: "crm.leads.list", as: "admin", inputs: terms.map((search) => ({ limit: 50, search })) },
  { name: "crm.contacts.list (admin, 50 newest)", procedure: "crm.contacts.list", as: "admin", inputs: [{ limit: 50 }] },
  { name: "crm.contacts.list with search (8 terms)", procedure: "crm.contacts.list", as: "admin", inputs: terms.map((search) => ({ limit: 50, search })) },
  { name: "crm.opportunities.list (admin)", procedure: "crm.opportunities.list", as: "admin", inputs: [{ limit: 50 }] },
  { name: "crm.tasks.list (agent, own)", procedure: "crm.tasks.list", as: "agent", inputs: [{ limit: 50 }] },
  { name: "crm.policies.list (admin)", procedure: "crm.policies.list", as: "admin", inputs: [{ limit: 50 }] },
  { name: "crm.tickets.list (admin)", procedure: "crm.tickets.list", as: "admin", inputs: [{ limit: 50 }] },
  { name: "crm.agents.list", procedure: "crm.agents.list", as: "admin", inputs: [{}] },
  { name: "search.global (agent, 8 terms)", procedure: "search.global", as: "agent", inputs: terms.map((q) => ({ q })) },
];
const scenarios = allScenarios.filter((scenario) => !args.only || scenario.name.includes(args.only));

const encodeInput = (input: unknown) => encodeURIComponent(JSON.stringify(superjson.serialize(input)));

/** The statements each call runs through node-postgres (Prisma's adapter and readRows alike). */
async function recordStatements(actors: Record<Scenario["as"], unknown>): Promise<FloorStatements> {
  const { appRouter } = await import("../src/routers/root");
  const { createCallerFactory } = await import("../src/trpc");
  const createCaller = createCallerFactory(appRouter);
  const recorded: RecordedStatement[] = [];
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back unchanged below
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, config: unknown, ...rest: unknown[]) {
    const text = typeof config === "string" ? config : (config as { text?: string }).text;
    const values = typeof config === "string" ? rest[0] : (config as { values?: unknown[] }).values;
    if (text && !/^\s*(BEGIN|COMMIT|ROLLBACK|SET|DEALLOCATE)\b/i.test(text)) recorded.push({ text, values: (values as unknown[] | undefined) ?? [] });
    return (query as (...parameters: unknown[]) => unknown).call(this, config, ...rest);
  } as typeof query;
  try {
    const statements: FloorStatements = [];
    for (const scenario of scenarios) {
      const caller = createCaller({ actor: actors[scenario.as] as never, credentialError: null, ip: null });
      const calls: RecordedStatement[][] = [];
      for (const input of scenario.inputs) {
        const call = () => scenario.procedure.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
        await call()(input); // warms caches (actor, settings) so the recorded call is the steady state
        recorded.length = 0;
        await call()(input);
        if (recorded.length === 0) throw new Error(`${scenario.name}: no statement recorded`);
        calls.push([...recorded]);
      }
      statements.push(calls);
    }
    return statements;
  } finally {
    pg.Client.prototype.query = query;
  }
}

/** The build stamp `npm start` and the browser tests keep (scripts/lib.mjs). */
// The web build and the way to run it, from the scripts `npm start` uses (plain JavaScript, untyped here).
const webBuild = (await import(path.join(repo, "scripts/lib.mjs"))) as {
  webBuildState: () => { current: boolean };
  buildWeb: (env?: Record<string, string>) => Promise<void>;
  webServerArgs: () => string[];
};

async function buildWebIfStale() {
  const { buildWeb, webBuildState } = webBuild;
  if (webBuildState().current) return;
  console.info("building the web app…");
  await buildWeb({ NEXT_TELEMETRY_DISABLED: "1" });
}

function startWeb(): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    HARBOR_ENV: "production",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_URL: `http://localhost:${webPort}`,
    PORT: String(webPort),
    HOSTNAME: "127.0.0.1",
    NEXT_TELEMETRY_DISABLED: "1",
    // A script's key may make 600 calls a minute per instance; the load here is the point, not
    // the limit (which the API-key tests cover).
    API_KEY_RATE_LIMIT_PER_MINUTE: "100000000",
  };
  for (const name of Object.keys(env)) if (name.startsWith("PUSHER_") || name.startsWith("INNGEST_")) delete env[name];
  const profileDir = path.join(repo, ".harbor/profiles");
  if (args.profile) mkdirSync(profileDir, { recursive: true });
  const flags = args.profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  // What scripts/start.mjs runs.
  return spawn(process.execPath, [...flags, ...webBuild.webServerArgs()], { cwd: repo, env, stdio: ["ignore", "ignore", "inherit"] });
}

function startFloor(statementsFile: string): ChildProcess {
  const env = { ...process.env, DATABASE_URL: databaseUrl, FLOOR_STATEMENTS: statementsFile, FLOOR_PORT: String(floorPort) };
  return spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "floor-server.ts")], { cwd: repo, env, stdio: ["ignore", "ignore", "inherit"] });
}

async function waitFor(url: string, child: ChildProcess) {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

const rssMegabytes = (pid: number) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024);
const loadAverage = () => os.loadavg()[0]!.toFixed(1);
const CLOCK_TICKS_PER_SECOND = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim() || 100);
/** User + system CPU of a process so far, in ms (/proc/<pid>/stat fields 14 and 15). */
function cpuMilliseconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND) * 1000;
}

interface Measured {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  rssMax?: number;
  /** The server process's CPU per answered request, ms: unlike latency, barely moved by other load. */
  cpuPerRequest: number;
}

function drive(port: number, paths: string[], headers: Record<string, string>, durationSeconds: number, server: ChildProcess, sampleRss = false): Promise<Measured> {
  const pid = server.pid!;
  const cpuBefore = cpuMilliseconds(pid);
  const latencies: number[] = [];
  let errors = 0;
  let rssMax = 0;
  const sampler = sampleRss ? setInterval(() => (rssMax = Math.max(rssMax, rssMegabytes(pid))), 200) : undefined;
  return new Promise<Measured>((resolve, reject) => {
    const instance = autocannon(
      { url: `http://127.0.0.1:${port}`, connections: CONNECTIONS, duration: durationSeconds, requests: paths.map((requestPath) => ({ method: "GET", path: requestPath, headers })) },
      (error) => {
        clearInterval(sampler);
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        latencies.sort((a, b) => a - b);
        const at = (fraction: number) => Math.round(percentile(latencies, fraction) * 10) / 10;
        const cpuPerRequest = Math.round(((cpuMilliseconds(pid) - cpuBefore) / Math.max(1, latencies.length + errors)) * 100) / 100;
        resolve({ requests: latencies.length, errors, rps: Math.round(latencies.length / durationSeconds), p50: at(0.5), p90: at(0.9), p95: at(0.95), p99: at(0.99), cpuPerRequest, ...(sampleRss ? { rssMax } : {}) });
      },
    );
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else errors += 1;
    });
  });
}

interface Row {
  run: number;
  scenario: string;
  load: string;
  served: Measured;
  floor: Measured;
}

async function main() {
  const organizationId = await prepareBenchDatabase({ reuse: true });
  if (await seedRecords({ databaseUrl, organizationId })) console.info("seeded opportunities, tasks, policies and tickets");
  await buildWebIfStale();
  const keys = { admin: await apiKeyFor("admin@bench.local"), agent: await apiKeyFor("agent1@bench.local") };
  const { loadUserActor } = await import("../src/services/auth/sessions");
  const { db } = await import("@harbor/db");
  const actorOf = async (email: string) => loadUserActor((await db.user.findUniqueOrThrow({ where: { email } })).id);
  const statements = await recordStatements({ admin: await actorOf("admin@bench.local"), agent: await actorOf("agent1@bench.local") });
  const statementsFile = path.join(os.tmpdir(), `served-bench-floor-${process.pid}.json`);
  writeFileSync(statementsFile, JSON.stringify(statements));
  await db.$disconnect();

  const web = startWeb();
  const floor = startFloor(statementsFile);
  const rows: Row[] = [];
  try {
    await waitFor(`http://127.0.0.1:${webPort}/api/health`, web);
    await waitFor(`http://127.0.0.1:${floorPort}/health`, floor);
    for (let run = 1; run <= Number(args.runs); run++) {
      for (const [index, scenario] of scenarios.entries()) {
        const servedPaths = scenario.inputs.map((input) => `/api/trpc/${scenario.procedure}?input=${encodeInput(input)}`);
        const floorPaths = scenario.inputs.map((_, call) => `/floor/${index}/${call}`);
        const auth = { authorization: `Bearer ${keys[scenario.as]}` };
        const sample = await fetch(`http://127.0.0.1:${webPort}${servedPaths[0]}`, { headers: auth });
        if (!sample.ok) throw new Error(`${scenario.name}: HTTP ${sample.status} ${await sample.text()}`);
        await drive(webPort, servedPaths, auth, 2, web);
        await drive(floorPort, floorPaths, {}, 2, floor);
        const load = loadAverage();
        const served = await drive(webPort, servedPaths, auth, seconds, web, true);
        const floorResult = await drive(floorPort, floorPaths, {}, seconds, floor);
        if (served.errors > 0) throw new Error(`${scenario.name}: ${served.errors} served requests failed`);
        const row = { run, scenario: scenario.name, load: `${load}–${loadAverage()}`, served, floor: floorResult };
        rows.push(row);
        console.info(JSON.stringify(row));
      }
    }
  } finally {
    web.kill("SIGTERM");
    floor.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  }
  console.info(`\n${report(rows)}`);
}

const ratio = (served: number, floor: number) => (floor > 0 ? (served / floor).toFixed(1) : "–");

function report(rows: Row[]): string {
  const lines = [
    `${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 16)} UTC; ${CONNECTIONS} connections, ${seconds} s each; p50/p90/p95/p99 ms`,
    "",
    "| run | procedure | load avg | served p50/p90/p95/p99 | served req/s | floor p50/p90/p95/p99 | floor req/s | p50 ÷ floor | req/s ÷ floor | server CPU ms/request: served, floor | web RSS max MB | errors |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      ({ run, scenario, load, served, floor }) =>
        `| ${run} | ${scenario} | ${load} | ${served.p50}/${served.p90}/${served.p95}/${served.p99} | ${served.rps} | ${floor.p50}/${floor.p90}/${floor.p95}/${floor.p99} | ${floor.rps} | ${ratio(served.p50, floor.p50)} | ${Math.round((served.rps / floor.rps) * 100)}% | ${served.cpuPerRequest}, ${floor.cpuPerRequest} | ${served.rssMax} | ${served.errors + floor.errors} |`,
    ),
  ];
  return lines.join("\n");
}

await main();
