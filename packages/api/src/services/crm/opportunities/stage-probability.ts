import type { OpportunityStage } from "@harbor/db";

// Deal probability from the stage alone: the baseline every opportunity starts from. A pure
// function, so the AI scoring issue can replace it (stage plus signals, risks and competitors)
// without touching the services that call it.
//
//   prospect 10 · qualified 25 · quoted 50 · negotiation 75 · closed_won 100 · closed_lost 0

export const opportunityStages = ["prospect", "qualified", "quoted", "negotiation", "closed_won", "closed_lost"] as const satisfies readonly OpportunityStage[];

export const openStages = ["prospect", "qualified", "quoted", "negotiation"] as const satisfies readonly OpportunityStage[];

const baseline: Record<OpportunityStage, number> = {
  prospect: 10,
  qualified: 25,
  quoted: 50,
  negotiation: 75,
  closed_won: 100,
  closed_lost: 0,
};

export function stageProbability(stage: OpportunityStage): number {
  return baseline[stage];
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
