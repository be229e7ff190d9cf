import { bandFor, bandThresholds, factor, sumFactors, type ProbabilityBand, type Score, type ScoreConfidence } from "./score-types";

// Deal probability, 0–100 (spec 003): the stage baseline (prospect 10, qualified 25, quoted 50,
// negotiation 75) plus 5 per positive signal (≤ 15), minus 5 per risk factor (≤ 15), minus 10 when
// a competitor is mentioned, kept within 5–95 while the deal is open; a closed deal is 100 (won)
// or 0 (lost) whatever its signals.
//
// Confidence: activity points (activities in the last 7 days: none 0, 1–2 1, 3+ 2) plus clarity
// points (no signals or risks 0; signals and risks pointing one way, |s − r| / (s + r) ≥ 0.5, 2;
// otherwise 1): 3–4 high, 2 medium, 0–1 low. A closed deal's confidence is high.

export type OpportunityStageInput = "prospect" | "qualified" | "quoted" | "negotiation" | "closed_won" | "closed_lost";

export interface DealProbabilityInput {
  stage: OpportunityStageInput;
  positiveSignals: readonly string[];
  riskFactors: readonly string[];
  competitor?: string | null;
  activitiesLast7Days: number;
}

export type DealProbability = Score<ProbabilityBand> & { confidence: ScoreConfidence };

export const stageBaseline: Record<OpportunityStageInput, number> = {
  prospect: 10,
  qualified: 25,
  quoted: 50,
  negotiation: 75,
  closed_won: 100,
  closed_lost: 0,
};

export const dealProbabilityWeights = { signal: 5, signals: 15, risk: 5, risks: 15, competitor: 10, openMin: 5, openMax: 95 } as const;

const listed = (items: readonly string[]) => (items.length === 0 ? "none" : items.join("; "));

export function dealConfidence(input: Pick<DealProbabilityInput, "positiveSignals" | "riskFactors" | "activitiesLast7Days">): ScoreConfidence {
  const activity = input.activitiesLast7Days >= 3 ? 2 : input.activitiesLast7Days >= 1 ? 1 : 0;
  const signals = input.positiveSignals.length;
  const risks = input.riskFactors.length;
  const clarity = signals + risks === 0 ? 0 : Math.abs(signals - risks) / (signals + risks) >= 0.5 ? 2 : 1;
  const points = activity + clarity;
  return points >= 3 ? "high" : points === 2 ? "medium" : "low";
}

export function dealProbability(input: DealProbabilityInput, now: Date): DealProbability {
  const w = dealProbabilityWeights;
  const closed = input.stage === "closed_won" || input.stage === "closed_lost";
  const competitor = input.competitor?.trim();
  const stageFactor = factor("stage", 100, stageBaseline[input.stage], `Stage ${input.stage.replace("_", " ")} starts at ${stageBaseline[input.stage]}.`);
  if (closed) {
    const settled = input.stage === "closed_won" ? "won" : "lost";
    const factors = [
      stageFactor,
      factor("positiveSignals", w.signals, 0, `The deal is ${settled}; signals no longer count.`),
      factor("riskFactors", w.risks, 0, `The deal is ${settled}; risks no longer count.`),
      factor("competitor", w.competitor, 0, `The deal is ${settled}; a competitor no longer counts.`),
    ];
    const score = stageBaseline[input.stage];
    return { score, band: bandFor(score, bandThresholds.probability), factors, computedAt: now, confidence: "high" };
  }
  const { score, factors } = sumFactors(
    0,
    [
      stageFactor,
      factor("positiveSignals", w.signals, Math.min(input.positiveSignals.length * w.signal, w.signals), `Positive signals: ${listed(input.positiveSignals)}.`),
      factor("riskFactors", w.risks, -Math.min(input.riskFactors.length * w.risk, w.risks), `Risk factors: ${listed(input.riskFactors)}.`),
      factor("competitor", w.competitor, competitor ? -w.competitor : 0, competitor ? `Competitor mentioned: ${competitor}.` : "No competitor mentioned."),
    ],
    { min: w.openMin, max: w.openMax },
  );
  return {
    score,
    band: bandFor(score, bandThresholds.probability),
    factors,
    computedAt: now,
    confidence: dealConfidence(input),
  };
}
