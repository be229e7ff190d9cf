import { EnvError } from "@harbor/config/env";
import { describe, expect, it } from "vitest";
import { readAiEnv } from "./env";

describe("readAiEnv", () => {
  it("defaults the model and treats empty values as unset", () => {
    expect(readAiEnv({ GEMINI_API_KEY: "", GEMINI_MODEL: "", GEMINI_BASE_URL: "" })).toEqual({
      GEMINI_API_KEY: undefined,
      GEMINI_MODEL: "gemini-2.5-flash",
      GEMINI_BASE_URL: undefined,
    });
  });

  it("keeps configured values", () => {
    expect(readAiEnv({ GEMINI_API_KEY: "k", GEMINI_MODEL: "gemini-2.5-pro", GEMINI_BASE_URL: "http://127.0.0.1:4000" })).toEqual({
      GEMINI_API_KEY: "k",
      GEMINI_MODEL: "gemini-2.5-pro",
      GEMINI_BASE_URL: "http://127.0.0.1:4000",
    });
  });

  it("names a malformed base URL", () => {
    expect(() => readAiEnv({ GEMINI_BASE_URL: "not a url" })).toThrow(EnvError);
    expect(() => readAiEnv({ GEMINI_BASE_URL: "not a url" })).toThrow(/GEMINI_BASE_URL="not a url" is invalid/);
  });
});
