// Shared by `npm start`, `npm test` and `npm run cli`: bootstrap with nothing but Node.js and npm.
// Only Node built-ins may be imported here — this runs before anything is installed.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes, randomInt } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const stateDir = path.join(root, ".harbor");
export const PNPM_VERSION = "10.34.9";
const pnpmEntry = path.join(stateDir, "tools", "node_modules", "pnpm", "bin", "pnpm.cjs");

// Progress goes to stderr so commands whose stdout is a result (the CLI) stay pipeable.
export const log = (message) => console.error(`\x1b[36m▸\x1b[0m ${message}`);
export const warn = (message) => console.error(`\x1b[33m!\x1b[0m ${message}`);
const childStdout = () => (process.env.HARBOR_STDOUT_IS_RESULT ? 2 : "inherit");

export function fail(message) {
  console.error(`\x1b[31m✖\x1b[0m ${message}`);
  process.exit(1);
}

/** Runs a command to completion, inheriting stdio; exits the process when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ["inherit", childStdout(), "inherit"],
    ...options,
    env: { ...process.env, ...options.env },
  });
  if (result.status !== 0) fail(`${[command, ...args].join(" ")} failed (exit ${result.status ?? result.signal})`);
  return result;
}

export function hashFiles(paths) {
  const hash = createHash("sha256");
  const visit = (target) => {
    if (!existsSync(target)) return;
    const stats = statSync(target);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(target).sort()) {
        // Build output and files tools write (next-env.d.ts) would make every build look stale.
        if (["node_modules", ".next", ".turbo", "generated", ".harbor", "next-env.d.ts"].includes(entry)) continue;
        if (entry.endsWith(".tsbuildinfo")) continue;
        visit(path.join(target, entry));
      }
    } else {
      hash.update(path.relative(root, target));
      hash.update(readFileSync(target));
    }
  };
  for (const target of paths) visit(path.join(root, target));
  return hash.digest("hex");
}

function stampMatches(file, value) {
  return existsSync(file) && readFileSync(file, "utf8") === value;
}

function writeStamp(file, value) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, value);
}

/**
 * pnpm, pinned, installed once into .harbor/tools with npm (corepack's signature checks fail here),
 * and put on PATH for tools that look for it (turbo reads the packageManager field).
 */
export function ensurePnpm() {
  if (!existsSync(pnpmEntry)) {
    log(`installing pnpm ${PNPM_VERSION} into .harbor/tools`);
    run("npm", ["install", "--prefix", path.join(stateDir, "tools"), "--no-save", "--no-audit", "--no-fund", "--loglevel=error", `pnpm@${PNPM_VERSION}`]);
  }
  const binDir = path.join(stateDir, "tools", "node_modules", ".bin");
  if (!(process.env.PATH ?? "").split(path.delimiter).includes(binDir)) {
    process.env.PATH = `${binDir}${path.delimiter}${process.env.PATH ?? ""}`;
  }
}

export function pnpm(args, options) {
  ensurePnpm();
  return run(process.execPath, [pnpmEntry, ...args], options);
}

/** Installs dependencies when the lockfile or a manifest changed since the last install. */
export function ensureDependencies() {
  const manifests = ["pnpm-lock.yaml", "pnpm-workspace.yaml", "package.json"];
  for (const dir of ["apps", "packages"]) {
    for (const name of readdirSync(path.join(root, dir))) manifests.push(`${dir}/${name}/package.json`);
  }
  manifests.push("examples/package.json");
  const stamp = `${process.version.split(".")[0]}:${hashFiles(manifests)}`;
  const stampFile = path.join(root, "node_modules", ".harbor-install-stamp");
  if (stampMatches(stampFile, stamp)) return;
  log("installing dependencies (pnpm install --frozen-lockfile)");
  pnpm(["install", "--frozen-lockfile", "--reporter=append-only"], { env: { CI: "true" } });
  writeStamp(stampFile, stamp);
}

/** Generates the Prisma client (skipped inside the script when the schema is unchanged). */
export function ensurePrismaClient() {
  run(process.execPath, [path.join(root, "packages/db/scripts/generate.mjs")]);
}

export const tsx = (args, options) => run(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), ...args], options);

export function spawnTsx(args, options = {}) {
  return spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), ...args], {
    cwd: root,
    stdio: "inherit",
    ...options,
    env: { ...process.env, ...options.env },
  });
}

export function canConnect(host, port, timeoutMs = 1_000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export async function waitFor(check, { timeoutMs, intervalMs = 250, what }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  fail(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
}

export const EMBEDDED_HOST = "127.0.0.1";
export const embeddedPort = () => Number(process.env.EMBEDDED_DB_PORT ?? 54329);
export const embeddedUrl = () => `postgresql://postgres@${EMBEDDED_HOST}:${embeddedPort()}/postgres`;
/**
 * What a process needs to use the embedded database. PGlite serves every connection from one
 * session, so statements are not prepared by name (two connections would collide).
 */
// One instance on the embedded database: nothing to LISTEN for (PGlite serves every connection
// from one session), so the web server's actor-cache sync is off.
export const embeddedDatabaseEnv = () => ({ DATABASE_URL: embeddedUrl(), DATABASE_PREPARED_STATEMENTS: "false", DATABASE_LISTEN_URL: "off" });

/**
 * Starts the embedded Postgres (PGlite over the wire protocol) unless one is already serving.
 * Returns the child process when this call started it.
 */
export async function ensureEmbeddedDatabase() {
  if (await canConnect(EMBEDDED_HOST, embeddedPort())) return null;
  log(`starting the embedded database (data in ${path.relative(root, process.env.EMBEDDED_DB_DIR ?? path.join(stateDir, "pgdata"))}/)`);
  const child = spawnTsx(["packages/db/src/embedded/cli.ts"], { stdio: ["ignore", 2, "inherit"] });
  let exited = false;
  child.once("exit", () => (exited = true));
  await waitFor(async () => {
    if (exited) fail("the embedded database stopped while starting (see the lines above)");
    return canConnect(EMBEDDED_HOST, embeddedPort());
  }, { timeoutMs: 60_000, what: "the embedded database" });
  return child;
}

/** A secret for signing sessions in local use, made once and kept in .harbor/. */
export function localAuthSecret() {
  const file = path.join(stateDir, "auth-secret");
  if (!existsSync(file)) writeStamp(file, randomBytes(32).toString("base64url"));
  return readFileSync(file, "utf8");
}

/**
 * Credentials for the local realtime stand-in (used when PUSHER_* are not set), made once and kept
 * in .harbor/realtime.json so browsers and a running stand-in keep agreeing across restarts.
 */
export function localRealtimeCredentials() {
  const file = path.join(stateDir, "realtime.json");
  if (existsSync(file)) {
    try {
      const saved = JSON.parse(readFileSync(file, "utf8"));
      if (saved.appId && saved.key && saved.secret) return { appId: String(saved.appId), key: String(saved.key), secret: String(saved.secret) };
    } catch {
      // Unreadable: replaced below.
    }
  }
  const credentials = { appId: String(randomInt(100_000, 1_000_000)), key: randomBytes(10).toString("hex"), secret: randomBytes(16).toString("hex") };
  writeStamp(file, `${JSON.stringify(credentials, null, 2)}\n`);
  return credentials;
}

export { stampMatches, writeStamp };

const webDir = path.join(root, "apps/web");
const webBuildStampFile = path.join(webDir, ".next", "harbor-build-stamp");
/** What a production build of the web app is made from: the app and every package it bundles. */
const webBuildSources = ["apps/web", "packages/api/src", "packages/ai/src", "packages/config", "packages/db/src", "packages/db/prisma", "pnpm-lock.yaml"];

/** The web server as it runs in production: apps/web/server.ts bundled by buildWeb. */
const webServerBundle = path.join(webDir, ".next", "harbor-server.mjs");

/**
 * Whether apps/web/.next was built from the sources as they are now; `stamp` is written by
 * `buildWeb`, so `npm start`, `npm test`, the benchmarks and the browser tests never run stale code.
 */
export function webBuildState() {
  const stamp = hashFiles(webBuildSources);
  const built = existsSync(path.join(webDir, ".next", "BUILD_ID")) && existsSync(webServerBundle);
  return { stamp, current: built && stampMatches(webBuildStampFile, stamp) };
}

/**
 * The production build of the web app, the one way every caller makes it (`npm start`, `npm test`,
 * the browser tests, the benchmarks): `next build` for the pages, then the web server bundled.
 * `env` adds to the build's environment (NODE_ENV is production). `typechecked`: the caller has just
 * type-checked apps/web (`npm test`), so `next build` skips its own pass over the same code.
 */
export async function buildWeb(env = {}, { typechecked = false } = {}) {
  const { stamp } = webBuildState();
  const buildEnv = { ...env, NODE_ENV: "production", ...(typechecked ? { HARBOR_WEB_TYPECHECKED: "1" } : {}) };
  run(process.execPath, [path.join(webDir, "node_modules/next/dist/bin/next"), "build"], { cwd: webDir, env: buildEnv });
  await bundleWebServer();
  writeStamp(webBuildStampFile, stamp);
}

/** How to run the built web server: `node ...webServerArgs()` (PORT, HOSTNAME, NODE_ENV=production). */
export function webServerArgs() {
  return ["--enable-source-maps", webServerBundle];
}

/**
 * apps/web/server.ts and the workspace packages it imports (@harbor/api, @harbor/db, …: TypeScript
 * sources) compiled into one JavaScript file, so the server runs on plain Node without tsx's
 * loader, whose own thread and transform caches held 60–70 MB of the web process (BENCHMARKS.md,
 * served path). Third-party packages are not bundled: each import is pointed at the file Node would
 * load from the importing package's node_modules (pnpm gives every package its own).
 */
async function bundleWebServer() {
  const { build } = await import("esbuild");
  /** @type {import("esbuild").Plugin} */
  const dependenciesInPlace = {
    name: "dependencies-in-place",
    setup(bundler) {
      bundler.onResolve({ filter: /^[^./]/ }, async (target) => {
        if (target.path.startsWith("@harbor/") || target.path.startsWith("node:") || target.pluginData === "resolving") return undefined;
        const resolved = await bundler.resolve(target.path, { kind: target.kind, resolveDir: target.resolveDir, pluginData: "resolving" });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        return { path: resolved.external ? target.path : pathToFileURL(resolved.path).href, external: true };
      });
    },
  };
  await build({
    entryPoints: [path.join(webDir, "server.ts")],
    outfile: webServerBundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    // server.ts serves the app in its own folder; bundled, it lives in .next.
    define: { "import.meta.dirname": JSON.stringify(webDir) },
    // CommonJS code in the bundle calls require(), which an ES module has to make.
    banner: { js: 'import { createRequire as createRequireForBundle } from "node:module"; const require = createRequireForBundle(import.meta.url);' },
    plugins: [dependenciesInPlace],
    logLevel: "warning",
  });
}
