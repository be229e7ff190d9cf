import { defineConfig } from "vitest/config";

// Drives the production build in Debian's Chromium. globalSetup builds if needed, starts
// the web server (server.ts, as `npm start` runs it) against a fresh database and stops both afterwards.
export default defineConfig({
  // The repository's `npm test` runs this config from the repository root.
  root: import.meta.dirname,
  test: {
    include: ["tests/browser/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/browser/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One server for the run and one browser per file; files take turns to keep the machine calm.
    fileParallelism: false,
  },
});
