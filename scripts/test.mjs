// `npm test`: the whole suite — typecheck, lint, unit and integration tests against PostgreSQL,
// a production build of the web app, and browser tests in Debian's chromium.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { canConnect, ensureDependencies, ensurePnpm, ensurePrismaClient, fail, log, root, run, warn, buildWeb } from "./lib.mjs";

const started = Date.now();
const timings = [];
const step = async (name, action) => {
  const at = Date.now();
  log(name);
  await action();
  timings.push(`${name} ${((Date.now() - at) / 1000).toFixed(0)} s`);
};

const databaseUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const server = new URL(databaseUrl);
if (!(await canConnect(server.hostname, Number(server.port || 5432)))) {
  fail(
    `npm test needs a PostgreSQL server (tests create a database per test file) and none answers at ${server.host}. ` +
      "Start one, or set DATABASE_URL=postgresql://user@host:port/postgres.",
  );
}

function ensureChromium() {
  const found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));
  if (found) return found;
  if (process.getuid?.() !== 0) fail("Browser tests need Debian's chromium: run `sudo apt-get install -y chromium`.");
  log("installing Debian's chromium for the browser tests (apt-get)");
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], { env: { DEBIAN_FRONTEND: "noninteractive" } });
  return "/usr/bin/chromium";
}

const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = { DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
const reportDir = path.join(root, ".harbor", "test-results");
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

await step("install", () => {
  ensureDependencies();
  ensurePnpm();
});
await step("prisma generate", () => ensurePrismaClient());
const chromium = ensureChromium();
await step("typecheck and lint", () => {
  run(bin("turbo"), ["run", "typecheck", "lint", "--output-logs=errors-only"], { env: { ...env, TURBO_TELEMETRY_DISABLED: "1" } });
  // scripts/ is no workspace package, so turbo does not reach it.
  run(bin("tsc"), ["-p", "scripts"]);
  run(bin("eslint"), ["."], { cwd: path.join(root, "scripts") });
});

function vitest(name, args, options = {}) {
  const report = path.join(reportDir, `${name}.json`);
  const result = spawnSync(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...args], {
    cwd: root,
    stdio: "inherit",
    ...options,
    env: { ...process.env, ...env, ...options.env },
  });
  return { ok: result.status === 0, report };
}

const runs = [];
await step("unit and integration tests", () => runs.push(vitest("integration", [])));
await step("build the web app", () => buildWeb({ ...env, AUTH_SECRET: "test-build-secret-that-is-long-enough-0123" }, { typechecked: true }));
await step("browser tests", () =>
  runs.push(vitest("browser", ["--config", "apps/web/vitest.browser.config.ts"], { env: { CHROMIUM_PATH: chromium } })),
);

let passed = 0;
let failed = 0;
for (const { report } of runs) {
  if (!existsSync(report)) {
    warn(`no report at ${path.relative(root, report)}`);
    failed += 1;
    continue;
  }
  const summary = JSON.parse(readFileSync(report, "utf8"));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
}
const ok = runs.every((result) => result.ok) && failed === 0;
console.info(`\n${timings.join(" · ")} · total ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.info(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
