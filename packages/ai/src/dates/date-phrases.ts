import {
  addDays,
  compareDays,
  daysInMonth,
  instantOf,
  isoDay,
  startOfDay,
  wallTimeAt,
  weekdayOf,
  type CalendarDay,
} from "./zoned-time";

/**
 * A small parser for the date phrases agents type into the copilot and the search box ("tomorrow
 * at 3", "Friday", "next week", "June 3 at 10am", "this month", "next 30 days"). Written here
 * rather than taken from chrono-node because every phrase must resolve in the agent's IANA time
 * zone (chrono's reference takes an offset or an abbreviation, not a zone with its DST rules), and the phrase set Harbor needs is small
 * enough to test exhaustively. Weeks start on Monday. English only.
 */
export interface DateContext {
  now: Date;
  /** IANA zone; UTC when absent. */
  timeZone?: string;
}

export interface ParsedMoment {
  /** The words that were understood, as typed. */
  text: string;
  day: CalendarDay;
  /** False when only a day was named; `at` is then 09:00 local, the start of a working day. */
  hasTime: boolean;
  at: Date;
}

export interface DateRange {
  text: string;
  /** Inclusive local days. */
  fromDay: string;
  toDay: string;
  /** Start of fromDay and start of the day after toDay (exclusive), as instants. */
  from: Date;
  to: Date;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_PATTERN =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, sixty: 60, ninety: 90,
};
const COUNT = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")})`;
const DEFAULT_HOUR = 9;

function zoneOf(context: DateContext): string {
  return context.timeZone ?? "UTC";
}

function today(context: DateContext): CalendarDay {
  const wall = wallTimeAt(context.now, zoneOf(context));
  return { year: wall.year, month: wall.month, day: wall.day };
}

function count(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

function validDay(year: number, month: number, day: number): CalendarDay | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** A month and day without a year: this year's, unless that day has passed. */
function upcoming(month: number, day: number, context: DateContext, year?: number): CalendarDay | undefined {
  const now = today(context);
  if (year !== undefined) return validDay(year < 100 ? 2000 + year : year, month, day);
  const thisYear = validDay(now.year, month, day);
  if (thisYear && compareDays(thisYear, now) >= 0) return thisYear;
  return validDay(now.year + 1, month, day);
}

function mondayOf(day: CalendarDay): CalendarDay {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

interface Found<T> {
  value: T;
  index: number;
  text: string;
}

type DayRule = [RegExp, (match: RegExpExecArray, context: DateContext) => CalendarDay | undefined];

const DAY_RULES: DayRule[] = [
  [/\b(?:the\s+)?day after tomorrow\b/i, (_, c) => addDays(today(c), 2)],
  [/\btomorrow\b/i, (_, c) => addDays(today(c), 1)],
  [/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i, (_, c) => today(c)],
  [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => validDay(Number(m[1]), Number(m[2]), Number(m[3]))],
  [
    new RegExp(`\\b${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, "i"),
    (m, c) => upcoming(monthIndex(m[1] ?? ""), Number(m[2]), c, m[3] ? Number(m[3]) : undefined),
  ],
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}(?:,?\\s+(\\d{4}))?\\b`, "i"),
    (m, c) => upcoming(monthIndex(m[2] ?? ""), Number(m[1]), c, m[3] ? Number(m[3]) : undefined),
  ],
  [
    /(?<![\d-])(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?(?![\d-])/,
    (m, c) => upcoming(Number(m[1]), Number(m[2]), c, m[3] ? Number(m[3]) : undefined),
  ],
  [
    new RegExp(`\\b(this|next|on)?\\s*(${WEEKDAYS.join("|")})\\b`, "i"),
    (m, c) => {
      const now = today(c);
      const target = WEEKDAYS.indexOf((m[2] ?? "").toLowerCase());
      // "next Tuesday" is the Tuesday of next week, even when said on a Monday.
      if (m[1]?.toLowerCase() === "next") return addDays(mondayOf(now), 7 + ((target + 6) % 7));
      let ahead = (target - weekdayOf(now) + 7) % 7;
      // "Friday" said on a Friday means the coming one; "this Friday" means today.
      if (ahead === 0 && m[1]?.toLowerCase() !== "this") ahead = 7;
      return addDays(now, ahead);
    },
  ],
  [/\bnext week\b/i, (_, c) => addDays(mondayOf(today(c)), 7)],
  [/\bnext month\b/i, (_, c) => {
    const now = today(c);
    return now.month === 12 ? { year: now.year + 1, month: 1, day: 1 } : { year: now.year, month: now.month + 1, day: 1 };
  }],
  [new RegExp(`\\bin\\s+${COUNT}\\s+(day|days|week|weeks)\\b`, "i"), (m, c) => {
    const n = count(m[1] ?? "0");
    return addDays(today(c), /week/i.test(m[2] ?? "") ? n * 7 : n);
  }],
];

function findDay(text: string, context: DateContext): Found<CalendarDay> | undefined {
  let best: Found<CalendarDay> | undefined;
  for (const [pattern, resolve] of DAY_RULES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const value = resolve(match, context);
    // The earliest phrase wins; rules are ordered so a longer phrase is tried before its tail.
    if (value && (!best || match.index < best.index)) best = { value, index: match.index, text: match[0].trim() };
  }
  return best;
}

interface TimeOfDay {
  hour: number;
  minute: number;
}

function meridiemHour(hour: number, meridiem: string | undefined): number | undefined {
  if (hour > 23) return undefined;
  const suffix = meridiem?.replaceAll(".", "").toLowerCase();
  if (suffix === "am") return hour === 12 ? 0 : hour <= 12 ? hour : undefined;
  if (suffix === "pm") return hour === 12 ? 12 : hour < 12 ? hour + 12 : undefined;
  return hour;
}

function findTime(text: string): Found<TimeOfDay> | undefined {
  const withMeridiem = /\b(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/i.exec(text);
  if (withMeridiem) {
    const hour = meridiemHour(Number(withMeridiem[1]), withMeridiem[3]);
    const minute = Number(withMeridiem[2] ?? 0);
    if (hour !== undefined && minute < 60) return { value: { hour, minute }, index: withMeridiem.index, text: withMeridiem[0] };
  }
  const bare = /\b(?:at|@)\s*(\d{1,2})(?::(\d{2}))?(?![\d/:-])|\b(\d{1,2}):(\d{2})(?![\d:])/i.exec(text);
  if (bare) {
    let hour = Number(bare[1] ?? bare[3]);
    const minute = Number(bare[2] ?? bare[4] ?? 0);
    if (hour > 23 || minute > 59) return undefined;
    // "at 3" in an office means 3 pm: hours 1–7 without am/pm are read as afternoon.
    if (hour >= 1 && hour <= 7) hour += 12;
    return { value: { hour, minute }, index: bare.index, text: bare[0] };
  }
  const named = /\b(noon|midday|midnight|morning|afternoon|evening)\b/i.exec(text);
  if (named) {
    const hours: Record<string, number> = { noon: 12, midday: 12, midnight: 0, morning: 9, afternoon: 14, evening: 18 };
    return { value: { hour: hours[(named[1] ?? "").toLowerCase()] ?? DEFAULT_HOUR, minute: 0 }, index: named.index, text: named[0] };
  }
  return undefined;
}

/** The first day/time the text names, or undefined when it names none. */
export function findMoment(text: string, context: DateContext): ParsedMoment | undefined {
  const zone = zoneOf(context);
  const relative = new RegExp(`\\bin\\s+${COUNT}\\s+(hour|hours|minute|minutes|min|mins)\\b`, "i").exec(text);
  if (relative) {
    const minutes = count(relative[1] ?? "0") * (/^h/i.test(relative[2] ?? "") ? 60 : 1);
    const at = new Date(context.now.getTime() + minutes * 60_000);
    const wall = wallTimeAt(at, zone);
    return { text: relative[0], day: { year: wall.year, month: wall.month, day: wall.day }, hasTime: true, at };
  }
  const day = findDay(text, context);
  const time = findTime(text);
  if (!day && !time) return undefined;
  let resolvedDay = day?.value ?? today(context);
  if (!day && time) {
    // A bare time that has already passed today means tomorrow.
    const candidate = instantOf({ ...resolvedDay, ...time.value }, zone);
    if (candidate.getTime() <= context.now.getTime()) resolvedDay = addDays(resolvedDay, 1);
  }
  const clock = time?.value ?? { hour: DEFAULT_HOUR, minute: 0 };
  const pieces = [day, time].filter((piece): piece is Found<never> => piece !== undefined).sort((a, b) => a.index - b.index);
  return {
    text: pieces.map((piece) => piece.text.trim()).join(" "),
    day: resolvedDay,
    hasTime: time !== undefined,
    at: instantOf({ ...resolvedDay, ...clock }, zone),
  };
}

function range(text: string, fromDay: CalendarDay, toDay: CalendarDay, zone: string): DateRange {
  return {
    text,
    fromDay: isoDay(fromDay),
    toDay: isoDay(toDay),
    from: startOfDay(fromDay, zone),
    to: startOfDay(addDays(toDay, 1), zone),
  };
}

function monthRange(year: number, month: number): [CalendarDay, CalendarDay] {
  const normalized = new Date(Date.UTC(year, month - 1, 1));
  const y = normalized.getUTCFullYear();
  const m = normalized.getUTCMonth() + 1;
  return [{ year: y, month: m, day: 1 }, { year: y, month: m, day: daysInMonth(y, m) }];
}

/** A period the text names ("this month", "next 30 days", "last week", "on June 3"), or undefined. */
export function findRange(text: string, context: DateContext): DateRange | undefined {
  const zone = zoneOf(context);
  const now = today(context);
  const span = new RegExp(`\\b(?:in\\s+the\\s+|within\\s+(?:the\\s+)?|over\\s+the\\s+)?(next|coming|last|past|within)\\s+${COUNT}\\s+(day|days|week|weeks|month|months)\\b`, "i").exec(text);
  if (span) {
    const n = count(span[2] ?? "0");
    const unit = (span[3] ?? "").toLowerCase();
    const days = unit.startsWith("week") ? n * 7 : unit.startsWith("month") ? n * 30 : n;
    const back = /last|past/i.test(span[1] ?? "");
    return back ? range(span[0], addDays(now, -days), now, zone) : range(span[0], now, addDays(now, days), zone);
  }
  const named = /\b(this|next|last|past)\s+(week|month|year|quarter)\b/i.exec(text);
  if (named) {
    const which = (named[1] ?? "").toLowerCase();
    const shift = which === "next" ? 1 : which === "this" ? 0 : -1;
    const unit = (named[2] ?? "").toLowerCase();
    if (unit === "week") {
      const monday = addDays(mondayOf(now), 7 * shift);
      return range(named[0], monday, addDays(monday, 6), zone);
    }
    if (unit === "month") {
      const [first, last] = monthRange(now.year, now.month + shift);
      return range(named[0], first, last, zone);
    }
    if (unit === "quarter") {
      const startMonth = Math.floor((now.month - 1) / 3) * 3 + 1 + 3 * shift;
      const [first] = monthRange(now.year, startMonth);
      const [, last] = monthRange(now.year, startMonth + 2);
      return range(named[0], first, last, zone);
    }
    const year = now.year + shift;
    return range(named[0], { year, month: 1, day: 1 }, { year, month: 12, day: 31 }, zone);
  }
  const moment = findDay(text, context);
  if (moment) {
    if (/next week/i.test(moment.text)) return range(moment.text, moment.value, addDays(moment.value, 6), zone);
    if (/next month/i.test(moment.text)) {
      const [first, last] = monthRange(moment.value.year, moment.value.month);
      return range(moment.text, first, last, zone);
    }
    return range(moment.text, moment.value, moment.value, zone);
  }
  return undefined;
}
