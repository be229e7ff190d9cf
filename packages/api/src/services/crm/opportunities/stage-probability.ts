import { stageBaseline } from "@harbor/ai";
import type { OpportunityStage } from "@harbor/db";

// Stage names, labels and the open/closed split. A deal's probability is packages/ai's
// `dealProbability` (its stage baselines are the one source: prospect 10 · qualified 25 · quoted 50 ·
// negotiation 75 · closed_won 100 · closed_lost 0).

export const opportunityStages = ["prospect", "qualified", "quoted", "negotiation", "closed_won", "closed_lost"] as const satisfies readonly OpportunityStage[];

export const openStages = ["prospect", "qualified", "quoted", "negotiation"] as const satisfies readonly OpportunityStage[];

/** The stage's baseline: the probability of a deal with no signals, risks or competitor yet. */
export function stageProbability(stage: OpportunityStage): number {
  return stageBaseline[stage];
}

export function isOpenStage(stage: OpportunityStage): boolean {
  return (openStages as readonly OpportunityStage[]).includes(stage);
}

export function isClosedStage(stage: OpportunityStage): boolean {
  return !isOpenStage(stage);
}

const labels: Record<OpportunityStage, string> = {
  prospect: "Prospect",
  qualified: "Qualified",
  quoted: "Quoted",
  negotiation: "Negotiation",
  closed_won: "Closed won",
  closed_lost: "Closed lost",
};

export function stageLabel(stage: OpportunityStage): string {
  return labels[stage];
}
