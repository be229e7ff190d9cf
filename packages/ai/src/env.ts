import { optionalString, parseEnv } from "@harbor/config/env";
import { z } from "zod";

export const DEFAULT_GEMINI_MODEL = "gemini-2.5-flash";

/** Exported so apps can merge it into their own environment schema. */
export const aiEnvSchema = z.object({
  /** Without a key every feature runs on the deterministic offline provider. */
  GEMINI_API_KEY: optionalString,
  GEMINI_MODEL: optionalString.transform((value) => value ?? DEFAULT_GEMINI_MODEL),
  /** Points the SDK at a proxy or at the loopback fake in tests. */
  GEMINI_BASE_URL: optionalString.pipe(z.url().optional()),
});

/** Written out rather than inferred so callers (and tests) may leave unset values out. */
export interface AiEnv {
  GEMINI_API_KEY?: string | undefined;
  GEMINI_MODEL: string;
  GEMINI_BASE_URL?: string | undefined;
}

export function readAiEnv(source?: Record<string, string | undefined>): AiEnv {
  return parseEnv(aiEnvSchema, source);
}
