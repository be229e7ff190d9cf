// `npm run cli -- …`: the operator CLI, against DATABASE_URL or the embedded database (started for
// the duration of the command when `npm start` is not running). Its stdout carries only results.
import { spawnSync } from "node:child_process";
import path from "node:path";

process.env.HARBOR_STDOUT_IS_RESULT = "1";
const { ensureDependencies, ensureEmbeddedDatabase, ensurePrismaClient, embeddedDatabaseEnv, root } = await import("./lib.mjs");

ensureDependencies();
ensurePrismaClient();
const embedded = process.env.DATABASE_URL ? null : await ensureEmbeddedDatabase();
const result = spawnSync(
  process.execPath,
  [path.join(root, "node_modules/tsx/dist/cli.mjs"), "packages/api/src/cli/index.ts", ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit", env: { ...process.env, ...(process.env.DATABASE_URL ? {} : embeddedDatabaseEnv()) } },
);
embedded?.kill("SIGTERM");
process.exitCode = result.status ?? 1;
