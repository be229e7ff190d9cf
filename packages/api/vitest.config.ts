import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    globalSetup: ["@harbor/db/testing/global-setup"],
    setupFiles: ["@harbor/db/testing/setup-database"],
    testTimeout: 20_000,
    // Sealed secrets (security/secret-box.ts) need a key; production sets its own.
    env: { AUTH_SECRET: "vitest-auth-secret-for-sealed-secrets-0123456789" },
    hookTimeout: 60_000,
  },
});
