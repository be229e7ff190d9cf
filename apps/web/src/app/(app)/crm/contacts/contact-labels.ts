import type { BadgeTone } from "~/components/ui/badge";
import type { MeterTone } from "~/components/ui/meter";

// How contact scores read on screen. The thresholds mirror the API's segment rules (at risk: churn
// risk 60+ or health below 40), so a red bar is always a contact the "At risk" filter shows.

export function healthTone(healthScore: number): MeterTone {
  if (healthScore >= 70) return "green";
  if (healthScore >= 40) return "amber";
  return "red";
}

export function churnTone(churnRisk: number): MeterTone {
  if (churnRisk >= 60) return "red";
  if (churnRisk >= 30) return "amber";
  return "green";
}

export const sentimentLabels = { positive: "Positive", neutral: "Neutral", negative: "Negative" } as const;

export const sentimentTones: Record<keyof typeof sentimentLabels, BadgeTone> = {
  positive: "green",
  neutral: "neutral",
  negative: "red",
};

export const relationshipHealthLabels = { high: "Strong relationship", medium: "Steady relationship", low: "Weak relationship" } as const;

