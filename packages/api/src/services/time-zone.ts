// Calendar arithmetic in the user's time zone, for filters that speak in days and months ("due
// today", "closing this month"). Only the Intl API: the offset of a zone at an instant is read
// from how that instant is written there.

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(timeZone: string, instant: Date): WallClock {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  return { year: part("year"), month: part("month"), day: part("day"), hour: part("hour"), minute: part("minute"), second: part("second") };
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(timeZone: string, instant: Date): number {
  const wall = wallClock(timeZone, instant);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - instant.getTime()) / 60_000) * 60_000;
}

/** The instant the day containing `instant` began in the zone. */
export function startOfDayIn(timeZone: string, instant: Date): Date {
  const wall = wallClock(timeZone, instant);
  const midnightAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day);
  const guess = new Date(midnightAsUtc - offsetAt(timeZone, instant));
  return new Date(midnightAsUtc - offsetAt(timeZone, guess));
}

/** The instant the day `days` calendar days after the one containing `instant` begins. */
export function startOfDayAfter(timeZone: string, instant: Date, days: number): Date {
  const dayStart = startOfDayIn(timeZone, instant);
  // Aim past midnight by a couple of hours so a daylight-saving shift cannot land on the wrong day.
  return startOfDayIn(timeZone, new Date(dayStart.getTime() + days * DAY_MS + 2 * HOUR_MS));
}

/**
 * The calendar date (as stored in @db.Date columns: UTC midnight) of the day containing
 * `instant` in the zone, plus `days`.
 */
export function calendarDateIn(timeZone: string, instant: Date, days = 0): Date {
  const wall = wallClock(timeZone, instant);
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
}

/** The first day of the month containing `instant` in the zone, and of the month after. */
export function calendarMonthIn(timeZone: string, instant: Date): { start: Date; end: Date } {
  const wall = wallClock(timeZone, instant);
  return { start: new Date(Date.UTC(wall.year, wall.month - 1, 1)), end: new Date(Date.UTC(wall.year, wall.month, 1)) };
}
