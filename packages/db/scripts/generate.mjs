#!/usr/bin/env node
// Generates the Prisma client into src/generated/prisma, offline, and only when something it
// depends on changed: `npm start` runs this every time, and a second start must not pay ~4 s.
// Usage: node scripts/generate.mjs [--force]
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schemaDir = path.join(packageRoot, "prisma/schema");
const configFile = path.join(packageRoot, "prisma.config.ts");
const clientEntry = path.join(packageRoot, "src/generated/prisma/client.ts");
// Beside the output folder rather than in it, so nothing the generator writes can clobber it.
const stampFile = path.join(packageRoot, "src/generated/prisma.stamp");

const require = createRequire(import.meta.url);
const prismaPackageFile = require.resolve("prisma/package.json");
const prismaPackage = JSON.parse(readFileSync(prismaPackageFile, "utf8"));
const prismaCli = path.join(path.dirname(prismaPackageFile), prismaPackage.bin.prisma);

function schemaFiles() {
  return readdirSync(schemaDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".prisma"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Everything the generated code depends on: the schema, the config and the generator version. */
function inputsHash() {
  const hash = createHash("sha256");
  hash.update(`prisma ${prismaPackage.version}\n`);
  for (const file of [configFile, ...schemaFiles()]) {
    hash.update(`${path.relative(packageRoot, file)}\n`);
    hash.update(readFileSync(file));
    hash.update("\n");
  }
  return hash.digest("hex");
}

const force = process.argv.includes("--force");
const hash = inputsHash();
const stamp = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : "";

if (!force && stamp === hash && existsSync(clientEntry)) {
  console.info("prisma client is up to date");
  process.exit(0);
}

rmSync(stampFile, { force: true });
const started = performance.now();
const result = spawnSync(process.execPath, [prismaCli, "generate"], {
  cwd: packageRoot,
  stdio: "inherit",
  env: {
    ...process.env,
    // generate never runs the schema engine, but the CLI insists on finding (or downloading)
    // one; any executable satisfies it, and there is nothing to download offline.
    PRISMA_SCHEMA_ENGINE_BINARY:
      process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? (existsSync("/bin/true") ? "/bin/true" : process.execPath),
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});

if (result.status !== 0) {
  console.error(`prisma generate failed (${result.error?.message ?? `exit code ${result.status}`})`);
  process.exit(result.status || 1);
}

writeFileSync(stampFile, `${hash}\n`);
console.info(`prisma client generated in ${Math.round(performance.now() - started)} ms`);
