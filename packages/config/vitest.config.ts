import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "@harbor/config",
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
