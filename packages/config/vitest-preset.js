// Shared vitest settings for the packages whose tests run against Postgres (api, worker): each
// test file gets a database of its own from @harbor/db's global setup, and hooks may wait for it.
// JavaScript, like the lint preset: vitest loads a package's config with Node, which runs no .ts.
export const databaseTests = {
  include: ["src/**/*.test.ts"],
  globalSetup: ["@harbor/db/testing/global-setup"],
  setupFiles: ["@harbor/db/testing/setup-database"],
  testTimeout: 20_000,
  hookTimeout: 60_000,
};
