import { describe, expect, it } from "vitest";
import { formatCount, formatDay, formatMoney, formatRelative, fromDateInputValue, humanize, initials, toDateInputValue } from "./format";

describe("formatRelative", () => {
  const now = new Date("2026-11-21T12:00:00Z");

  it("says Never for a missing date and Just now within a minute", () => {
    expect(formatRelative(null, now)).toBe("Never");
    expect(formatRelative(new Date("2026-11-21T11:59:30Z"), now)).toBe("Just now");
  });

  it("uses the largest whole unit", () => {
    expect(formatRelative(new Date("2026-11-21T11:55:00Z"), now)).toBe("5 minutes ago");
    expect(formatRelative(new Date("2026-11-20T12:00:00Z"), now)).toBe("yesterday");
    expect(formatRelative(new Date("2026-11-07T12:00:00Z"), now)).toBe("2 weeks ago");
  });
});

describe("initials", () => {
  it("takes the first and last word, or the first two letters of one word", () => {
    expect(initials("Maria de la Cruz")).toBe("MC");
    expect(initials("  ada  ")).toBe("AD");
    expect(initials("")).toBe("?");
  });
});

describe("formatMoney", () => {
  it("shows whole dollars, a dash for no value, and a compact form for cards", () => {
    expect(formatMoney(12500)).toBe("$12,500");
    expect(formatMoney(null)).toBe("—");
    expect(formatMoney(12500, { compact: true })).toBe("$12.5K");
    expect(formatMoney(12000, { compact: true })).toBe("$12K");
    expect(formatMoney(0, { compact: true })).toBe("$0");
  });
});

describe("date-only values", () => {
  it("round-trips an <input type=date> value through the UTC midnight the database stores", () => {
    const date = fromDateInputValue("2026-03-01");
    expect(date?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(toDateInputValue(date)).toBe("2026-03-01");
    expect(formatDay(date)).toBe("Mar 1, 2026");
  });

  it("treats an empty or malformed input as no date", () => {
    expect(fromDateInputValue("")).toBeUndefined();
    expect(fromDateInputValue("2026-13-45")).toBeUndefined();
    expect(toDateInputValue(null)).toBe("");
  });
});

describe("humanize", () => {
  it("turns enum values into labels", () => {
    expect(humanize("closed_won")).toBe("Closed won");
    expect(humanize("high-value")).toBe("High value");
  });
});

describe("formatCount", () => {
  it("groups thousands and marks a capped count", () => {
    expect(formatCount(1234)).toBe("1,234");
    expect(formatCount(10000, true)).toBe("10,000+");
  });
});
