export const agentPeriods = [
  { value: "7d", label: "7 days", days: 7 },
  { value: "30d", label: "30 days", days: 30 },
  { value: "90d", label: "90 days", days: 90 },
  { value: "365d", label: "12 months", days: 365 },
] as const;

export type AgentPeriod = (typeof agentPeriods)[number]["value"];

/** The period [from, to) ending at the start of tomorrow (UTC), so today counts whole and the query key is stable all day. */
export function periodRange(period: AgentPeriod, now: Date = new Date()): { from: Date; to: Date } {
  const days = agentPeriods.find((option) => option.value === period)?.days ?? 30;
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  return { from: new Date(to.getTime() - days * 86_400_000), to };
}

/** "25%", or "—" without leads to convert. */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${Math.round(rate * 100)}%`;
}
