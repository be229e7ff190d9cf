// The shape every explainable score shares. A score is a pure function of its inputs and `now`:
// the same record scored at the same instant gives the same number, band and factors, so a stored
// score can be checked by recomputing it, and the language model never produces these numbers.
//
// Each formula starts from a documented base and adds one signed number of points per factor:
// `value` is what the factor contributed, `weight` the most it can move the score (in either
// direction), so base + Σ value, clamped to 0–100, is the score. A factor whose data does not exist
// yet (payments, claims, renewal premiums before renewals bring them) is still listed, with value 0,
// direction "neutral" and an explanation saying so, so the UI shows what the score did not know.

export type FactorDirection = "raises" | "lowers" | "neutral";

export interface Factor {
  name: string;
  weight: number;
  value: number;
  direction: FactorDirection;
  explanation: string;
}

export type ScoreConfidence = "high" | "medium" | "low";

export interface Score<TBand extends string = string> {
  score: number;
  band: TBand;
  factors: Factor[];
  computedAt: Date;
}

export const DAY_MS = 86_400_000;

export function clampScore(value: number, min = 0, max = 100): number {
  return Math.max(min, Math.min(max, Math.round(value)));
}

export function factor(name: string, weight: number, value: number, explanation: string): Factor {
  // `|| 0` turns −0 (from negating a zero count) into 0, which JSON and equality agree on.
  const rounded = Math.round(value) || 0;
  return { name, weight, value: rounded, direction: rounded > 0 ? "raises" : rounded < 0 ? "lowers" : "neutral", explanation };
}

/**
 * Adds the factors to the base and clamps; when clamping changes the total, a "clamped" factor
 * carries the difference, so the factors always add up to the score.
 */
export function sumFactors(base: number, factors: Factor[], { min = 0, max = 100 } = {}): { score: number; factors: Factor[] } {
  const raw = base + factors.reduce((sum, item) => sum + item.value, 0);
  const score = clampScore(raw, min, max);
  if (score === raw) return { score, factors };
  return { score, factors: [...factors, factor("clamped", 0, score - raw, `The factors add up to ${raw}; a score stays within ${min}–${max}.`)] };
}

/** Whole days from `from` to `to` (negative when `from` is later). */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

/**
 * A date as explanations state it (UTC calendar date). Explanations name dates and the bucket a
 * factor's points come from, never "N days ago": the text then changes only when the points do,
 * so a nightly rescoring rewrites only the scores whose value moved.
 */
export function dateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The phrase for the first bucket whose upper bound (inclusive) `value` is within, else `beyond`. */
export function bucketPhrase(value: number, buckets: readonly (readonly [number, string])[], beyond: string): string {
  for (const [max, phrase] of buckets) if (value <= max) return phrase;
  return beyond;
}

/** Bands as ordered lower bounds: the first whose minimum the score reaches. */
export interface BandThreshold<TBand extends string> {
  band: TBand;
  min: number;
}

export function bandFor<TBand extends string>(score: number, thresholds: readonly BandThreshold<TBand>[]): TBand {
  for (const threshold of thresholds) if (score >= threshold.min) return threshold.band;
  throw new Error("band thresholds must end with a minimum of 0");
}

export type LeadBand = "hot" | "warm" | "cold";
export type HealthBand = "high" | "medium" | "low";
export type ChurnBand = "high" | "medium" | "low";
export type ProbabilityBand = "hot" | "warm" | "cold";
export type RenewalRiskBand = "high" | "medium" | "low";

/** A score's bands from each band's minimum, highest first; the lowest band's minimum is 0. */
function bandsFrom<TBand extends string>(minimums: Record<TBand, number>): readonly BandThreshold<TBand>[] {
  return (Object.entries(minimums) as [TBand, number][]).map(([band, min]) => ({ band, min })).sort((a, b) => b.min - a.min);
}

// Health's and churn's thresholds are the CRM's: relationship health high 70+, medium 40–69, and
// a contact is at risk with churn risk 60+ or health below 40 (services/crm/contacts/contact-segments.ts);
// a deal is hot at 70+ (opportunity-filters.ts).
export const bandThresholds = {
  lead: bandsFrom<LeadBand>({ hot: 70, warm: 40, cold: 0 }),
  health: bandsFrom<HealthBand>({ high: 70, medium: 40, low: 0 }),
  churn: bandsFrom<ChurnBand>({ high: 60, medium: 30, low: 0 }),
  probability: bandsFrom<ProbabilityBand>({ hot: 70, warm: 40, cold: 0 }),
  renewalRisk: bandsFrom<RenewalRiskBand>({ high: 60, medium: 30, low: 0 }),
};

export type ScoreKindName = keyof typeof bandThresholds;

/** The band of a stored score, for lists that read only the denormalized number. */
export function scoreBand(kind: ScoreKindName, score: number): string {
  return bandFor(score, bandThresholds[kind]);
}

/** A contact is at risk with churn risk 60+ or health below 40: the CRM's "at-risk" segment. */
export const atRiskRule = { minChurnRisk: 60, belowHealthScore: 40 } as const;

export function isAtRisk({ health, churn }: { health: number; churn: number }): boolean {
  return churn >= atRiskRule.minChurnRisk || health < atRiskRule.belowHealthScore;
}
