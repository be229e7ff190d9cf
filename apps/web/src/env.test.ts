import { EnvError, parseEnv } from "@harbor/config/env";
import { describe, expect, it } from "vitest";
import { webEnvSchema } from "./env";

const secret = "x".repeat(32);

describe("webEnvSchema", () => {
  it("accepts a complete environment and defaults the port", () => {
    expect(parseEnv(webEnvSchema, { AUTH_SECRET: secret })).toEqual({ NODE_ENV: "development", AUTH_SECRET: secret, PORT: 3000 });
  });

  it("names a missing AUTH_SECRET", () => {
    expect(() => parseEnv(webEnvSchema, {})).toThrow(EnvError);
    expect(() => parseEnv(webEnvSchema, {})).toThrow(/AUTH_SECRET is missing or invalid/);
  });

  it("names a short AUTH_SECRET and a malformed AUTH_URL and PORT", () => {
    const run = () => parseEnv(webEnvSchema, { AUTH_SECRET: "short", AUTH_URL: "not a url", PORT: "eighty" });
    expect(run).toThrow(/AUTH_SECRET="short" is invalid: must be at least 32 characters/);
    expect(run).toThrow(/AUTH_URL="not a url" is invalid/);
    expect(run).toThrow(/PORT="eighty" is invalid/);
  });

  it("treats an empty AUTH_URL as unset", () => {
    expect(parseEnv(webEnvSchema, { AUTH_SECRET: secret, AUTH_URL: "" }).AUTH_URL).toBeUndefined();
  });
});
