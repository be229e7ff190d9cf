import type { Actor } from "../../../access/actor";
import { listTimeline } from "../activities";
import { storedScoresOf } from "../record-scores";
import { findOpportunityInScope } from "./opportunity-record";
import { opportunitySelect, toOpportunity } from "./opportunity-select";
import { summarySelect } from "../../summary-select";

/** An opportunity with its stored probability score, its stage history (oldest first) and its timeline (newest first). */
export async function getOpportunity({ actor, id }: { actor: Actor; id: string }) {
  const opportunity = await findOpportunityInScope(actor, id, {
    ...opportunitySelect,
    stageChanges: {
      select: { id: true, fromStage: true, toStage: true, probability: true, changedAt: true, changedBy: summarySelect },
      orderBy: [{ changedAt: "asc" }, { id: "asc" }],
    },
  });
  const [timeline, stored] = await Promise.all([
    listTimeline({ organizationId: actor.organizationId, on: { opportunityId: opportunity.id } }),
    storedScoresOf(actor, "opportunity", [opportunity.id]),
  ]);
  const { stageChanges, ...rest } = opportunity;
  return { ...toOpportunity(rest), scores: { probability: stored.get(opportunity.id)?.probability ?? null }, stageHistory: stageChanges, timeline };
}
