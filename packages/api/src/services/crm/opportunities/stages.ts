import type { OpportunityStage } from "@harbor/db";

// Stage names, labels and the open/closed split, with no runtime import, so the web app's board
// and forms name the stages exactly as the API does.

export const opportunityStages = ["prospect", "qualified", "quoted", "negotiation", "closed_won", "closed_lost"] as const satisfies readonly OpportunityStage[];

/** The stages a deal is still being worked in (a new deal starts in one of them). */
export const openStages = ["prospect", "qualified", "quoted", "negotiation"] as const satisfies readonly OpportunityStage[];

export const stageLabels: Record<OpportunityStage, string> = {
  prospect: "Prospect",
  qualified: "Qualified",
  quoted: "Quoted",
  negotiation: "Negotiation",
  closed_won: "Closed won",
  closed_lost: "Closed lost",
};

export function stageLabel(stage: OpportunityStage): string {
  return stageLabels[stage];
}

export function isOpenStage(stage: OpportunityStage): boolean {
  return (openStages as readonly OpportunityStage[]).includes(stage);
}

export function isClosedStage(stage: OpportunityStage): boolean {
  return !isOpenStage(stage);
}
