import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EnvError, parseEnv, port } from "./env";

describe("parseEnv", () => {
  const schema = z.object({ DATABASE_URL: z.string().url(), PORT: port(3000) });

  it("returns typed values with defaults applied", () => {
    expect(parseEnv(schema, { DATABASE_URL: "postgresql://x@localhost/db" })).toEqual({
      DATABASE_URL: "postgresql://x@localhost/db",
      PORT: 3000,
    });
  });

  it("names a missing variable", () => {
    expect(() => parseEnv(schema, {})).toThrow(/DATABASE_URL is missing or invalid/);
  });

  it("names a malformed variable with its value", () => {
    const run = () => parseEnv(schema, { DATABASE_URL: "postgresql://x@localhost/db", PORT: "http" });
    expect(run).toThrow(EnvError);
    expect(run).toThrow(/PORT="http" is invalid/);
  });
});
