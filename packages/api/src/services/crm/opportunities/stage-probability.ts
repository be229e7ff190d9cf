import { stageBaseline } from "@harbor/ai";
import type { OpportunityStage } from "@harbor/db";

// A deal's probability is packages/ai's `dealProbability` (its stage baselines are the one source:
// prospect 10 · qualified 25 · quoted 50 · negotiation 75 · closed_won 100 · closed_lost 0). Stage
// names, labels and the open/closed split are in `stages.ts`.

export { isClosedStage, isOpenStage, openStages, opportunityStages, stageLabel } from "./stages";

/** The stage's baseline: the probability of a deal with no signals, risks or competitor yet. */
export function stageProbability(stage: OpportunityStage): number {
  return stageBaseline[stage];
}
