import { describe, expect, it } from "vitest";
import { daysLeft, daysLeftLabel } from "./trash-labels";

describe("daysLeftLabel", () => {
  const now = new Date("2026-12-05T12:00:00Z");
  const inDays = (days: number) => new Date(now.getTime() + days * 24 * 60 * 60 * 1000);

  it("counts whole days left of the 30", () => {
    expect(daysLeft(inDays(30), now)).toBe(30);
    expect(daysLeftLabel(inDays(29.5), now)).toBe("29 days left");
    expect(daysLeftLabel(inDays(1.2), now)).toBe("1 day left");
  });

  it("says the last day, then expired", () => {
    expect(daysLeftLabel(inDays(0.4), now)).toBe("Last day");
    expect(daysLeftLabel(inDays(-1), now)).toBe("Expired");
    expect(daysLeft(inDays(-1), now)).toBe(0);
  });
});
