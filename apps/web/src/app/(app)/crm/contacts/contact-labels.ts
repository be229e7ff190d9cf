import type { BadgeTone } from "~/components/ui/badge";
import { relationshipHealthRules } from "@harbor/api/services/crm/contacts/relationship-health";
import type { MeterTone } from "~/components/ui/meter";

// How contact scores read on screen, by the API's own thresholds (at risk: churn risk 60+ or health
// below 40; strong: health 70+), so a red bar is always a contact the "At risk" filter shows.
const { strongHealthScore, atRisk } = relationshipHealthRules;

/** Below the at-risk line, churn risk shows amber from half of it. */
const churnWatchFrom = atRisk.minChurnRisk / 2;

export function healthTone(healthScore: number): MeterTone {
  if (healthScore >= strongHealthScore) return "green";
  if (healthScore >= atRisk.belowHealthScore) return "amber";
  return "red";
}

export function churnTone(churnRisk: number): MeterTone {
  if (churnRisk >= atRisk.minChurnRisk) return "red";
  if (churnRisk >= churnWatchFrom) return "amber";
  return "green";
}

export function isAtRiskChurn(churnRisk: number): boolean {
  return churnRisk >= atRisk.minChurnRisk;
}

export const sentimentLabels = { positive: "Positive", neutral: "Neutral", negative: "Negative" } as const;

export const sentimentTones: Record<keyof typeof sentimentLabels, BadgeTone> = {
  positive: "green",
  neutral: "neutral",
  negative: "red",
};

export const relationshipHealthLabels = { high: "Strong relationship", medium: "Steady relationship", low: "Weak relationship" } as const;

