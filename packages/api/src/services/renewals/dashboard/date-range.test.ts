import { describe, expect, it } from "vitest";
import { rangeDays } from "./date-range";

const now = new Date("2026-05-14T15:00:00Z");
const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("rangeDays", () => {
  it("is this calendar month by default", () => {
    expect(rangeDays({ now })).toEqual({ start: day("2026-05-01"), end: day("2026-06-01") });
  });

  it("starts a week on Monday and a quarter on its first month", () => {
    expect(rangeDays({ dateRange: "week", now })).toEqual({ start: day("2026-05-11"), end: day("2026-05-18") });
    expect(rangeDays({ dateRange: "quarter", now })).toEqual({ start: day("2026-04-01"), end: day("2026-07-01") });
  });

  it("includes both ends of a custom range and refuses one without its dates", () => {
    expect(rangeDays({ dateRange: "custom", startDate: day("2026-01-01"), endDate: day("2026-01-31"), now })).toEqual({ start: day("2026-01-01"), end: day("2026-02-01") });
    expect(() => rangeDays({ dateRange: "custom", now })).toThrow("is required for a custom range");
  });
});
