import type { ViteUserConfig } from "vitest/config";

/** The settings in vitest-preset.js, typed for the configs that spread them. */
export declare const databaseTests: NonNullable<ViteUserConfig["test"]>;
