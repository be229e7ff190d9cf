// `npm start`: install what is missing, prepare the database (embedded unless DATABASE_URL is
// set), migrate, seed the demo agency (development only, into an empty database), build the web
// app when its sources changed, then run web (apps/web/server.ts) + worker.
//
// Development unless the deployer says production (HARBOR_ENV=production, or NODE_ENV=production
// without HARBOR_ENV). In production nothing is seeded or generated: AUTH_SECRET must be given,
// and the web app refuses to start with a default secret, a plain-http AUTH_URL or a demo login
// that still has the published password (apps/web/src/server/production-checks.ts).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import {
  canConnect,
  ensureDependencies,
  ensureEmbeddedDatabase,
  ensurePrismaClient,
  embeddedDatabaseEnv,
  embeddedUrl,
  fail,
  localAuthSecret,
  localRealtimeCredentials,
  log,
  buildWeb,
  root,
  spawnTsx,
  tsx,
  waitFor,
  warn,
  webBuildState,
  webServerArgs,
} from "./lib.mjs";

const started = Date.now();
const children = [];
let stopping = false;

function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children.reverse()) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 1_500).unref();
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

function supervise(name, child) {
  children.push(child);
  child.once("exit", (code, signal) => {
    if (stopping) return;
    console.error(`\x1b[31m✖\x1b[0m ${name} stopped (${signal ?? `exit ${code}`}); stopping Harbor.`);
    stopAll(1);
  });
  return child;
}

const port = Number(process.env.PORT ?? 3000);
const workerPort = Number(process.env.WORKER_PORT ?? 3001);
if (!Number.isInteger(port) || port <= 0) fail(`PORT=${process.env.PORT} is not a valid port`);
if (!Number.isInteger(workerPort) || workerPort <= 0) fail(`WORKER_PORT=${process.env.WORKER_PORT} is not a valid port`);
const realtimePort = Number(process.env.REALTIME_PORT ?? 6001);
if (!Number.isInteger(realtimePort) || realtimePort <= 0) fail(`REALTIME_PORT=${process.env.REALTIME_PORT} is not a valid port`);

const harborEnv = process.env.HARBOR_ENV || (process.env.NODE_ENV === "production" ? "production" : "development");
if (harborEnv !== "development" && harborEnv !== "production") fail(`HARBOR_ENV=${harborEnv} is invalid: must be development or production`);
const production = harborEnv === "production";
if (production && !process.env.AUTH_SECRET) fail("AUTH_SECRET is missing: production needs a secret of its own (openssl rand -base64 32)");

ensureDependencies();
ensurePrismaClient();

let databaseEnv = process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : null;
if (!databaseEnv) {
  const embedded = await ensureEmbeddedDatabase();
  if (embedded) supervise("embedded database", embedded);
  databaseEnv = embeddedDatabaseEnv();
}

// Started now, waited for just before the web app: it is ready long before migrations finish.
const realtime = await startRealtime();
const jobsEngine = await chooseJobsEngine(workerPort);

const authSecret = process.env.AUTH_SECRET ?? localAuthSecret();
const env = {
  ...databaseEnv,
  HARBOR_ENV: harborEnv,
  AUTH_SECRET: authSecret,
  AUTH_URL: process.env.AUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  ...realtime.env,
  ...jobsEngine.env,
};

log("applying migrations");
tsx(["packages/db/src/migrate/cli.ts", "deploy"], { env });
if (production) {
  log("production (HARBOR_ENV): no demo data is seeded");
} else {
  log("seeding the demo agency (development, only into an empty database)");
  tsx(["packages/api/src/seed/cli.ts"], { env });
}

// Build only when the web app or a package it bundles changed since the last build.
if (!webBuildState().current) {
  log("building the web app (next build and the server bundle; only when sources change)");
  await buildWeb(env);
}

await realtime.ready();
// apps/web/server.ts as built: the API's handlers for /api/trpc, /api/health, … and Next.js for pages, on one port.
const web = spawn(process.execPath, webServerArgs(), {
  cwd: root,
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(port) },
});
supervise("web", web);
supervise("worker", spawnTsx(["apps/worker/src/main.ts"], { stdio: ["ignore", "inherit", "inherit"], env: { ...env, WORKER_PORT: String(workerPort) } }));

await waitFor(async () => {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`);
    return response.ok;
  } catch {
    return false;
  }
}, { timeoutMs: 90_000, what: `the web app on port ${port}` });


const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.info(`
\x1b[32m✔ Harbor is running\x1b[0m  (ready in ${seconds} s)

  Web app      http://localhost:${port}
  Health       http://localhost:${port}/api/health
  Worker       http://localhost:${workerPort}/health
  Jobs         ${jobsEngine.description}
  Database     ${process.env.DATABASE_URL ? "DATABASE_URL" : `embedded Postgres at ${embeddedUrl()} (data in .harbor/pgdata/)`}
  Live updates ${realtime.description}

${production ? "  Mode         production (HARBOR_ENV)\n" : `  Demo logins (development only, when the demo agency was seeded), password \x1b[1mharbor-demo\x1b[0m:
    admin@harbor.local · manager@harbor.local · agent@harbor.local
    viewer@harbor.local · compliance@harbor.local
`}
  API key for scripts: npm run --silent cli -- apikey create --email admin@harbor.local
  Stop with Ctrl+C.
`);

/**
 * Live updates: Pusher when PUSHER_APP_ID/KEY/SECRET are all set; otherwise Harbor's local
 * stand-in (development only) on REALTIME_PORT, whose PUSHER_* the web app and worker get.
 */
async function startRealtime() {
  if (process.env.PUSHER_APP_ID && process.env.PUSHER_KEY && process.env.PUSHER_SECRET) {
    const where = process.env.PUSHER_HOST ? `${process.env.PUSHER_HOST}${process.env.PUSHER_PORT ? `:${process.env.PUSHER_PORT}` : ""}` : `cluster ${process.env.PUSHER_CLUSTER ?? "mt1"}`;
    return { env: {}, ready: async () => {}, description: `Pusher (${where}, from PUSHER_*)` };
  }
  if (process.env.PUSHER_APP_ID || process.env.PUSHER_KEY || process.env.PUSHER_SECRET) {
    warn("PUSHER_APP_ID, PUSHER_KEY and PUSHER_SECRET must all be set to use Pusher; using the local stand-in instead");
  }
  const credentials = localRealtimeCredentials();
  const host = "127.0.0.1";
  const env = {
    PUSHER_APP_ID: credentials.appId,
    PUSHER_KEY: credentials.key,
    PUSHER_SECRET: credentials.secret,
    PUSHER_HOST: host,
    PUSHER_PORT: String(realtimePort),
    PUSHER_USE_TLS: "false",
    PUSHER_CLUSTER: "",
  };
  const description = `local stand-in ws://${host}:${realtimePort} (development only; set PUSHER_APP_ID/KEY/SECRET for Pusher)`;
  log(`live updates use the local realtime stand-in on ${host}:${realtimePort} (development only; set PUSHER_APP_ID/KEY/SECRET to use Pusher)`);

  if (await canConnect(host, realtimePort)) {
    /** @type {{ server?: string; appId?: string } | null} */
    const running = await fetch(`http://${host}:${realtimePort}/`)
      .then((response) => /** @type {Promise<{ server?: string; appId?: string }>} */ (response.json()))
      .catch(() => null);
    if (running?.server !== "harbor-realtime-dev" || running.appId !== credentials.appId) {
      fail(`port ${realtimePort} is taken by something other than Harbor's realtime stand-in; set REALTIME_PORT to a free port`);
    }
    return { env, ready: async () => {}, description };
  }
  const child = supervise(
    "realtime stand-in",
    spawnTsx(["packages/api/src/realtime/dev-server/cli.ts"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { REALTIME_PORT: String(realtimePort), REALTIME_HOST: host, PUSHER_APP_ID: credentials.appId, PUSHER_KEY: credentials.key, PUSHER_SECRET: credentials.secret },
    }),
  );
  let exited = false;
  child.once("exit", () => (exited = true));
  const ready = () =>
    waitFor(async () => {
      if (exited) fail("the realtime stand-in stopped while starting (see the lines above)");
      return canConnect(host, realtimePort);
    }, { timeoutMs: 30_000, what: `the realtime stand-in on port ${realtimePort}` });
  return { env, ready, description };
}

/**
 * Which engine runs the jobs (packages/api/src/jobs/engine.ts decides from the same variables):
 * Inngest when Cloud or a self-hosted server is configured, or when a dev server answers — the
 * one already running, or the one started here when inngest-cli is installed. INNGEST_DEV alone
 * is not a server: if none answers, it is cleared and the worker's embedded runner runs the jobs.
 */
async function chooseJobsEngine(workerPortNumber) {
  const functionsUrl = `http://localhost:${workerPortNumber}/api/inngest`;
  if (process.env.INNGEST_SIGNING_KEY || process.env.INNGEST_EVENT_KEY || process.env.INNGEST_BASE_URL) {
    return { env: {}, description: `Inngest (${process.env.INNGEST_BASE_URL ?? "Inngest Cloud"}), functions at ${functionsUrl}` };
  }
  const devUrl = process.env.INNGEST_DEV?.startsWith("http") ? process.env.INNGEST_DEV : "http://localhost:8288";
  const inngestDev = { env: { INNGEST_DEV: process.env.INNGEST_DEV || "1" }, description: `Inngest dev server ${devUrl} (dashboard: every function, run and replay)` };
  if (await answers(devUrl)) {
    log(`Inngest dev server found at ${devUrl}; it syncs the worker from ${functionsUrl}`);
    return inngestDev;
  }
  const candidates = [path.join(root, "node_modules/.bin/inngest-cli"), ...(process.env.PATH ?? "").split(path.delimiter).map((dir) => path.join(dir, "inngest-cli"))];
  const cli = !process.env.INNGEST_DEV && candidates.find((candidate) => existsSync(candidate));
  if (cli) {
    log("starting the Inngest dev server on http://localhost:8288");
    supervise("inngest dev server", spawn(cli, ["dev", "--no-discovery", "-u", functionsUrl], { stdio: ["ignore", "ignore", "inherit"] }));
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
      if (await answers(devUrl)) return inngestDev;
    }
    warn("the Inngest dev server did not answer within 30 s; jobs run on the embedded runner instead");
  } else if (process.env.INNGEST_DEV) {
    warn(`INNGEST_DEV is set but no Inngest dev server answers at ${devUrl}; jobs run on the embedded runner instead`);
  }
  return {
    env: { INNGEST_DEV: "" },
    description: "embedded runner in the worker, over Postgres (for Inngest's dashboard: npx inngest-cli@latest dev, then npm start)",
  };
}

async function answers(url) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}
