// `npm run typecheck` / `npm run lint`: turbo over every package, after the usual bootstrap.
import path from "node:path";
import { ensureDependencies, ensurePnpm, ensurePrismaClient, root, run } from "./lib.mjs";

ensureDependencies();
ensurePnpm();
ensurePrismaClient();
run(path.join(root, "node_modules/.bin/turbo"), process.argv.slice(2), { env: { TURBO_TELEMETRY_DISABLED: "1" } });
