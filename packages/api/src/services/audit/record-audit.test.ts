import { describe, expect, it } from "vitest";
import { redactSecrets } from "./record-audit";

describe("redactSecrets", () => {
  it("replaces values under secret-looking keys, at any depth", () => {
    expect(redactSecrets({ email: "a@b.c", password: "hunter22", nested: { apiKey: "hbr_x", token: "t" } })).toEqual({
      email: "a@b.c",
      password: "[redacted]",
      nested: { apiKey: "[redacted]", token: "[redacted]" },
    });
  });

  it("records a long payload, such as an imported file, by its length only", () => {
    const content = "Full Name,Email\n".repeat(1_000);
    expect(redactSecrets({ filename: "leads.csv", content })).toEqual({
      filename: "leads.csv",
      content: `[${content.length} characters omitted]`,
    });
  });

  it("writes dates as ISO strings", () => {
    expect(redactSecrets({ at: new Date("2026-01-02T03:04:05Z") })).toEqual({ at: "2026-01-02T03:04:05.000Z" });
  });
});
