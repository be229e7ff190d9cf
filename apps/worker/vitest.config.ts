import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    globalSetup: ["@harbor/db/testing/global-setup"],
    setupFiles: ["@harbor/db/testing/setup-database"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
