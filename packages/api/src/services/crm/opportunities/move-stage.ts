import { auditedTransaction } from "../../audit";
import { dealProbability } from "@harbor/ai";
import { Prisma, type OpportunityStage } from "@harbor/db";
import { recordStageChange } from "./record-stage-change";
import type { Actor } from "../../../access/actor";
import { fieldError } from "../../../errors";
import { recordActivity } from "../activities";
import { findOpportunityInScope } from "./opportunity-record";
import { opportunitySelect, toOpportunity } from "./opportunity-select";
import { rescoreOpportunities } from "../../scores";
import { isClosedStage, stageLabel } from "./stage-probability";
import { announceOpportunity } from "./write-opportunity";
import { announceDealActivity } from "./deal-activity-recorded";

/**
 * Moves an opportunity to a stage: the probability becomes packages/ai's `dealProbability` for the
 * new stage (its baseline plus the deal's signals, risks and competitor), the stage clock
 * restarts, closedAt is set on closed stages (cleared on reopening), and the move is kept twice —
 * as stage history and as a stage_change activity on the deal's (and its contact's) timeline. All
 * in one transaction, with the row locked so two simultaneous moves record the right old stage;
 * opportunity:updated is published and the stored score (factors, confidence) rewritten after
 * commit. Moving to the current stage changes nothing. A move into closed_lost needs the reason
 * (kept on the deal and in the activity); leaving closed_lost clears it.
 */
export async function moveOpportunityStage({ actor, id, stage, lostReason }: { actor: Actor; id: string; stage: OpportunityStage; lostReason?: string | null }) {
  const reason = lostReason?.trim() || null;
  if (stage === "closed_lost" && !reason) throw fieldError("lostReason", "Say why the deal was lost");
  const outcome = await auditedTransaction(async (tx) => {
    const found = await findOpportunityInScope(actor, id, { id: true }, tx);
    const [locked] = await tx.$queryRaw<{ stage: OpportunityStage; positiveSignals: string[]; riskFactors: string[]; competitor: string | null }[]>(
      Prisma.sql`SELECT stage::text AS stage, positive_signals AS "positiveSignals", risk_factors AS "riskFactors", competitor
                 FROM opportunities WHERE id = ${found.id}::uuid FOR UPDATE`,
    );
    const { stage: oldStage, ...signals } = locked!;
    if (oldStage === stage) {
      return { oldStage, moved: false, opportunity: await tx.opportunity.findUniqueOrThrow({ where: { id: found.id }, select: opportunitySelect }), activityId: null };
    }
    const now = new Date();
    // Recent activity moves only the confidence, never the number.
    const activitiesLast7Days = await tx.activity.count({
      where: { organizationId: actor.organizationId, opportunityId: found.id, occurredAt: { gte: new Date(now.getTime() - 7 * 86_400_000), lte: now } },
    });
    const formula = dealProbability({ stage, ...signals, activitiesLast7Days }, now);
    const probability = formula.score;
    const opportunity = await tx.opportunity.update({
      where: { id: found.id },
      data: {
        stage,
        probability,
        probabilityConfidence: formula.confidence,
        stageEnteredAt: now,
        closedAt: isClosedStage(stage) ? now : null,
        lastActivityAt: now,
        lostReason: stage === "closed_lost" ? reason : null,
      },
      select: opportunitySelect,
    });
    await recordStageChange(tx, { actor, organizationId: actor.organizationId, opportunityId: opportunity.id, fromStage: oldStage, toStage: stage, probability, changedAt: now });
    const activity = await recordActivity(tx, {
      actor,
      type: "stage_change",
      title: `Moved from ${stageLabel(oldStage)} to ${stageLabel(stage)}`,
      description: stage === "closed_lost" ? `Lost: ${reason}` : null,
      opportunityId: opportunity.id,
      contactId: opportunity.contactId,
      occurredAt: now,
      metadata: { fromStage: oldStage, toStage: stage, probability, ...(stage === "closed_lost" ? { lostReason: reason } : {}) },
    });
    return { oldStage, moved: true, opportunity, activityId: activity.id };
  });
  const opportunity = toOpportunity(outcome.opportunity);
  if (outcome.moved && outcome.activityId) {
    await rescoreOpportunities({ actor, ids: [opportunity.id] });
    await announceOpportunity(actor, opportunity, outcome.oldStage, "stage_changed");
    await announceDealActivity(actor, { opportunityId: opportunity.id, activityId: outcome.activityId, reason: "stage_changed" });
  }
  return { ...opportunity, previousStage: outcome.oldStage };
}
