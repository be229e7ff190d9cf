import { describe, expect, it } from "vitest";
import { calendarDateIn, calendarMonthIn, isValidTimeZone, startOfDayAfter, startOfDayIn } from "./time-zone";

describe("calendar arithmetic in a time zone", () => {
  it("starts the day at local midnight, in winter and in summer time", () => {
    expect(startOfDayIn("America/New_York", new Date("2025-01-15T03:00:00Z"))).toEqual(new Date("2025-01-14T05:00:00Z"));
    expect(startOfDayIn("America/New_York", new Date("2025-07-15T18:00:00Z"))).toEqual(new Date("2025-07-15T04:00:00Z"));
    expect(startOfDayIn("Asia/Kolkata", new Date("2025-07-15T20:00:00Z"))).toEqual(new Date("2025-07-15T18:30:00Z"));
    expect(startOfDayIn("UTC", new Date("2025-07-15T23:59:59Z"))).toEqual(new Date("2025-07-15T00:00:00Z"));
  });

  it("counts calendar days across a daylight-saving change", () => {
    // New York springs forward on 2025-03-09: that day is 23 hours long.
    const saturday = new Date("2025-03-08T15:00:00Z");
    expect(startOfDayAfter("America/New_York", saturday, 1)).toEqual(new Date("2025-03-09T05:00:00Z"));
    expect(startOfDayAfter("America/New_York", saturday, 2)).toEqual(new Date("2025-03-10T04:00:00Z"));
    expect(startOfDayAfter("America/New_York", saturday, 7)).toEqual(new Date("2025-03-15T04:00:00Z"));
  });

  it("names the calendar date and month as stored in date columns", () => {
    const lateEvening = new Date("2025-01-31T23:30:00-05:00");
    expect(calendarDateIn("America/New_York", lateEvening)).toEqual(new Date("2025-01-31T00:00:00Z"));
    expect(calendarDateIn("UTC", lateEvening)).toEqual(new Date("2025-02-01T00:00:00Z"));
    expect(calendarDateIn("UTC", lateEvening, 30)).toEqual(new Date("2025-03-03T00:00:00Z"));
    expect(calendarMonthIn("America/New_York", lateEvening)).toEqual({ start: new Date("2025-01-01T00:00:00Z"), end: new Date("2025-02-01T00:00:00Z") });
    expect(calendarMonthIn("UTC", new Date("2025-12-31T12:00:00Z"))).toEqual({ start: new Date("2025-12-01T00:00:00Z"), end: new Date("2026-01-01T00:00:00Z") });
  });

  it("knows IANA zones from made-up ones", () => {
    expect(isValidTimeZone("Europe/Lisbon")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});
