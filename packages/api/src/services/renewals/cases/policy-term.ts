// The next term of a renewed policy, in calendar dates (UTC days, as policies store them): it starts
// on the effective date (the renewal date by default) and lasts as long as the expiring term did,
// in whole months (12 when the expiring term is shorter than a month).

const DAY = 24 * 60 * 60 * 1000;

export function monthsBetween(start: Date, end: Date): number {
  const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + (end.getUTCMonth() - start.getUTCMonth());
  const endIsMonthEnd = new Date(end.getTime() + DAY).getUTCDate() === 1;
  return end.getUTCDate() < start.getUTCDate() && !endIsMonthEnd ? months - 1 : months;
}

export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), lastDay)));
}

export const calendarDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

export function nextTerm({ priorStartDate, priorEndDate, effectiveDate }: { priorStartDate: Date; priorEndDate: Date; effectiveDate: Date }) {
  const months = monthsBetween(priorStartDate, priorEndDate);
  const startDate = calendarDay(effectiveDate);
  const endDate = addMonths(startDate, months >= 1 ? months : 12);
  return { startDate, endDate: endDate.getTime() > startDate.getTime() ? endDate : new Date(startDate.getTime() + 365 * DAY) };
}
