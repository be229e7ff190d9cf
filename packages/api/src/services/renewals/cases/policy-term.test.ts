import { describe, expect, it } from "vitest";
import { addMonths, nextTerm } from "./policy-term";

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("nextTerm", () => {
  it("repeats a yearly term from the renewal date", () => {
    expect(nextTerm({ priorStartDate: day("2025-06-01"), priorEndDate: day("2026-06-01"), effectiveDate: day("2026-06-01") })).toEqual({ startDate: day("2026-06-01"), endDate: day("2027-06-01") });
  });

  it("repeats a six-month term and clamps the day to the month's end", () => {
    expect(nextTerm({ priorStartDate: day("2025-08-31"), priorEndDate: day("2026-02-28"), effectiveDate: day("2026-02-28") }).endDate).toEqual(day("2026-08-28"));
    expect(addMonths(day("2026-01-31"), 1)).toEqual(day("2026-02-28"));
  });

  it("falls back to a year for a term shorter than a month", () => {
    expect(nextTerm({ priorStartDate: day("2026-01-01"), priorEndDate: day("2026-01-10"), effectiveDate: day("2026-01-10") }).endDate).toEqual(day("2027-01-10"));
  });
});
