import { defineConfig } from "vitest/config";

// One run over every package: each project keeps its own vitest.config.ts (database setup,
// timeouts). Browser tests run separately (apps/web/vitest.browser.config.ts) after the build.
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "apps/worker/vitest.config.ts", "apps/web/vitest.config.ts"],
  },
});
