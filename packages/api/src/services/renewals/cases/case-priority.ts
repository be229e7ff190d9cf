import type { Priority } from "@harbor/db";

// How urgent a renewal case starts out, from what is at stake and how likely it is to be lost:
// points for the premium (≥ 5,000 two, ≥ 1,500 one) and for the policy's stored renewal risk (≥ 70
// two, ≥ 40 one; unscored counts as none). 4 points urgent, 3 high, 1–2 medium, 0 low. A case
// opened by hand or by a renewal file gets the same rule.

export function casePriority({ premium, renewalRisk }: { premium: number; renewalRisk: number | null }): Priority {
  const stake = premium >= 5_000 ? 2 : premium >= 1_500 ? 1 : 0;
  const risk = renewalRisk === null ? 0 : renewalRisk >= 70 ? 2 : renewalRisk >= 40 ? 1 : 0;
  const points = stake + risk;
  return points >= 4 ? "urgent" : points === 3 ? "high" : points >= 1 ? "medium" : "low";
}

/** Written beside priority on every write: the priority sort's keyset column. */
export const priorityRank: Record<Priority, number> = { low: 0, medium: 1, high: 2, urgent: 3 };
