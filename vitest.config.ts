import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// One run over every package: each project keeps its own vitest.config.ts (database setup,
// timeouts). Browser tests run separately (apps/web/vitest.browser.config.ts) after the build.
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "apps/worker/vitest.config.ts", "apps/web/vitest.config.ts"],
    // Vitest's default (one worker fewer than the cores) is a single worker on a two-core machine,
    // which then sits idle while Postgres answers. Two workers there took the suite 464 → 345 s.
    maxWorkers: Math.max(availableParallelism() - 1, 2),
  },
});
