import { fieldError } from "../../../errors";

// The dashboard's ranges as calendar days in UTC, [start, end): this week (Monday first), this
// month, this quarter, or custom days (both ends included).

export type DashboardRange = "week" | "month" | "quarter" | "custom";

const DAY = 24 * 60 * 60 * 1000;
const utcDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

export function rangeDays({ dateRange = "month", startDate, endDate, now = new Date() }: { dateRange?: DashboardRange | undefined; startDate?: Date | undefined; endDate?: Date | undefined; now?: Date }) {
  const today = utcDay(now);
  switch (dateRange) {
    case "week": {
      const start = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY);
      return { start, end: new Date(start.getTime() + 7 * DAY) };
    }
    case "month":
      return { start: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)), end: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1)) };
    case "quarter": {
      const first = today.getUTCMonth() - (today.getUTCMonth() % 3);
      return { start: new Date(Date.UTC(today.getUTCFullYear(), first, 1)), end: new Date(Date.UTC(today.getUTCFullYear(), first + 3, 1)) };
    }
    case "custom": {
      if (!startDate) throw fieldError("startDate", "is required for a custom range");
      if (!endDate) throw fieldError("endDate", "is required for a custom range");
      const start = utcDay(startDate);
      const end = new Date(utcDay(endDate).getTime() + DAY);
      if (end.getTime() <= start.getTime()) throw fieldError("endDate", "must be on or after the start date");
      if (end.getTime() - start.getTime() > 732 * DAY) throw fieldError("endDate", "a custom range can span at most two years");
      return { start, end };
    }
  }
}
