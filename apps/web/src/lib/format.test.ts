import { describe, expect, it } from "vitest";
import { formatRelative, initials } from "./format";

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
