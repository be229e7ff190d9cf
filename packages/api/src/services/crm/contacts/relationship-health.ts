// The score thresholds behind the at-risk segment and a contact's relationship health, with no
// database import, so the web app colours scores by the same numbers the API filters by.

export const relationshipHealthRules = {
  /** A health score at or above this is a strong ("high") relationship. */
  strongHealthScore: 70,
  /** At risk: churn risk at or above `minChurnRisk`, or a health score below `belowHealthScore`. */
  atRisk: { minChurnRisk: 60, belowHealthScore: 40 },
} as const;

export type RelationshipHealth = "high" | "medium" | "low";

/** high 70+, medium 40–69, low below 40 (so every low-health contact is also at risk). */
export function relationshipHealthOf(healthScore: number): RelationshipHealth {
  if (healthScore >= relationshipHealthRules.strongHealthScore) return "high";
  if (healthScore >= relationshipHealthRules.atRisk.belowHealthScore) return "medium";
  return "low";
}
