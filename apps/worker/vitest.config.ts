import { databaseTests } from "@harbor/config/vitest";
import { defineConfig } from "vitest/config";

export default defineConfig({ test: databaseTests });
