import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Each test makes its own database, so files run in parallel; PGlite starts take seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
