const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "3 days ago", "just now"; "Never" for a missing date. */
export function formatRelative(date: Date | null | undefined, now: Date = new Date()): string {
  if (!date) return "Never";
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const formatter = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return formatter.format(Math.trunc(seconds / size), unit);
  }
  return "Just now";
}

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric" }).format(date);
}

export const roleLabels = {
  admin: "Admin",
  manager: "Manager",
  agent: "Agent",
  viewer: "Viewer",
  compliance: "Compliance",
} as const;

export type RoleName = keyof typeof roleLabels;

export const roleNames = Object.keys(roleLabels) as RoleName[];

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0] ?? "";
  const last = words.length > 1 ? (words.at(-1) ?? "") : "";
  const letters = last ? `${first.charAt(0)}${last.charAt(0)}` : first.slice(0, 2);
  return letters.toUpperCase() || "?";
}

const moneyFormatter = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 0, maximumFractionDigits: 0 });
const compactMoneyFormatter = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  notation: "compact",
  // Both bounds, or Node (server render) and browsers disagree on "$0.0" vs "$0" and hydration fails.
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});

/** "$12,500"; `compact` gives "$12.5K" for cards and chart labels. */
export function formatMoney(value: number | null | undefined, { compact = false }: { compact?: boolean } = {}): string {
  if (value === null || value === undefined) return "—";
  return (compact ? compactMoneyFormatter : moneyFormatter).format(value);
}

/** Date-only columns (policy dates, close dates) arrive as UTC midnight; show that day wherever the browser is. */
export function formatDay(date: Date | null | undefined): string {
  if (!date) return "—";
  return new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(date);
}

/** The value of an <input type="date"> for a date-only column ("2026-03-01"), or "" for none. */
export function toDateInputValue(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** An <input type="date"> value as the UTC midnight a date-only column stores; undefined when empty or invalid. */
export function fromDateInputValue(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "open_house" → "Open house", for enum values shown as labels. */
export function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "1,234", or "10,000+" when the server stopped counting at its cap. */
export function formatCount(count: number, capped = false): string {
  return `${new Intl.NumberFormat("en-US").format(count)}${capped ? "+" : ""}`;
}
