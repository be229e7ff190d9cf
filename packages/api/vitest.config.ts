import { databaseTests } from "@harbor/config/vitest";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    ...databaseTests,
    // Sealed secrets (security/secret-box.ts) need a key; production sets its own.
    env: { AUTH_SECRET: "vitest-auth-secret-for-sealed-secrets-0123456789" },
  },
});
