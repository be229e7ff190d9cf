import { describe, expect, it } from "vitest";
import { formatRate, periodRange } from "./agent-period";

describe("periodRange", () => {
  it("ends at the start of tomorrow and reaches back the period's days", () => {
    expect(periodRange("7d", new Date("2026-12-05T08:30:00Z"))).toEqual({ from: new Date("2026-11-29T00:00:00Z"), to: new Date("2026-12-06T00:00:00Z") });
  });
});

describe("formatRate", () => {
  it("shows a share as a whole percentage, or a dash without leads", () => {
    expect(formatRate(0.254)).toBe("25%");
    expect(formatRate(null)).toBe("—");
  });
});
