import { describe, expect, it } from "vitest";
import { findMoment, findRange } from "./date-phrases";
import { instantOf, wallTimeAt } from "./zoned-time";

// Monday 1 June 2026, 10:00 in Chicago (CDT, UTC-5).
const context = { now: new Date("2026-06-01T15:00:00Z"), timeZone: "America/Chicago" };

function at(text: string): string | undefined {
  return findMoment(text, context)?.at.toISOString();
}

describe("findMoment", () => {
  it.each([
    ["schedule a call tomorrow at 3", "2026-06-02T20:00:00.000Z"],
    ["tomorrow at 3pm", "2026-06-02T20:00:00.000Z"],
    ["tomorrow at 10am", "2026-06-02T15:00:00.000Z"],
    ["tomorrow at 9", "2026-06-02T14:00:00.000Z"],
    ["remind me on Friday", "2026-06-05T14:00:00.000Z"],
    ["next week", "2026-06-08T14:00:00.000Z"],
    ["June 3 at 10am", "2026-06-03T15:00:00.000Z"],
    ["on 3rd of June at 2:30 pm", "2026-06-03T19:30:00.000Z"],
    ["May 2", "2027-05-02T14:00:00.000Z"],
    ["2026-07-04 at noon", "2026-07-04T17:00:00.000Z"],
    ["6/15 at 11:15", "2026-06-15T16:15:00.000Z"],
    ["at 4:30pm", "2026-06-01T21:30:00.000Z"],
    ["at 8am", "2026-06-02T13:00:00.000Z"],
    ["in 2 hours", "2026-06-01T17:00:00.000Z"],
    ["in three days", "2026-06-04T14:00:00.000Z"],
    ["this Monday afternoon", "2026-06-01T19:00:00.000Z"],
    ["Monday", "2026-06-08T14:00:00.000Z"],
    ["next Tuesday at 2pm", "2026-06-09T19:00:00.000Z"],
    ["this Tuesday", "2026-06-02T14:00:00.000Z"],
  ])("%s → %s", (text, expected) => {
    expect(at(text)).toBe(expected);
  });

  it("reports whether a time was given and the words it understood", () => {
    expect(findMoment("call John Smith tomorrow at 3 about renewal", context)).toMatchObject({ hasTime: true, text: "tomorrow at 3" });
    expect(findMoment("call Bob on Friday", context)).toMatchObject({ hasTime: false, text: "on Friday" });
  });

  it("ignores phone numbers, emails and text without dates", () => {
    expect(findMoment("add Maria, maria@x.com, 555-123-4567", context)).toBeUndefined();
    expect(findMoment("how do I add a driver to an auto policy?", context)).toBeUndefined();
  });

  it("uses UTC without a time zone", () => {
    expect(findMoment("tomorrow at 3", { now: context.now })?.at.toISOString()).toBe("2026-06-02T15:00:00.000Z");
  });
});

describe("findRange", () => {
  it.each([
    ["deals closing this month", "2026-06-01", "2026-06-30"],
    ["policies renewing next 30 days", "2026-06-01", "2026-07-01"],
    ["renewals in the next 2 weeks", "2026-06-01", "2026-06-15"],
    ["leads from facebook this week", "2026-06-01", "2026-06-07"],
    ["next week", "2026-06-08", "2026-06-14"],
    ["last month", "2026-05-01", "2026-05-31"],
    ["past 7 days", "2026-05-25", "2026-06-01"],
    ["next month", "2026-07-01", "2026-07-31"],
    ["this quarter", "2026-04-01", "2026-06-30"],
    ["today", "2026-06-01", "2026-06-01"],
  ])("%s → %s..%s", (text, fromDay, toDay) => {
    expect(findRange(text, context)).toMatchObject({ fromDay, toDay });
  });

  it("gives local day boundaries as instants, the end exclusive", () => {
    const range = findRange("this month", context);
    expect(range?.from.toISOString()).toBe("2026-06-01T05:00:00.000Z");
    expect(range?.to.toISOString()).toBe("2026-07-01T05:00:00.000Z");
  });
});

describe("zoned time", () => {
  it("round-trips across a DST change", () => {
    const instant = instantOf({ year: 2026, month: 3, day: 8, hour: 12, minute: 0 }, "America/New_York");
    expect(instant.toISOString()).toBe("2026-03-08T16:00:00.000Z");
    expect(wallTimeAt(instant, "America/New_York")).toMatchObject({ day: 8, hour: 12 });
  });
});
