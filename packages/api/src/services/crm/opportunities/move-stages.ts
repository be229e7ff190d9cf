import { dealProbability } from "@harbor/ai";
import { Prisma, type OpportunityStage } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { rescoreOpportunities } from "../../scores";
import { recordTimeline } from "../bulk/bulk-records";
import { isClosedStage, stageLabel } from "./stage-probability";

const DAY_MS = 86_400_000;

/**
 * moveOpportunityStage for many deals at once (crm.bulk.setStatus), set-based inside the caller's
 * transaction: the rows locked, each deal's probability from `dealProbability` for the new stage
 * with its own signals and recent activity, then one UPDATE, one insert of stage history and one of
 * stage_change activities; the stored scores are rewritten after commit. `ids` are deals in the
 * actor's scope that are not already in `stage`.
 */
export async function moveOpportunityStages(tx: Prisma.TransactionClient, { actor, ids, stage, now = new Date() }: { actor: Actor; ids: string[]; stage: OpportunityStage; now?: Date }) {
  const { organizationId } = actor;
  const deals = await tx.$queryRaw<{ id: string; stage: OpportunityStage; positiveSignals: string[]; riskFactors: string[]; competitor: string | null; contactId: string | null }[]>(
    Prisma.sql`SELECT id, stage::text AS stage, positive_signals AS "positiveSignals", risk_factors AS "riskFactors", competitor, contact_id AS "contactId"
               FROM opportunities WHERE organization_id = ${organizationId}::uuid AND id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`,
  );
  const recent = await tx.activity.groupBy({
    by: ["opportunityId"],
    where: { organizationId, opportunityId: { in: ids }, occurredAt: { gte: new Date(now.getTime() - 7 * DAY_MS), lte: now } },
    _count: { _all: true },
  });
  const recentOf = new Map(recent.map((row) => [row.opportunityId, row._count._all]));
  const moves = deals.map(({ id, stage: fromStage, contactId, ...signals }) => {
    const formula = dealProbability({ stage, ...signals, activitiesLast7Days: recentOf.get(id) ?? 0 }, now);
    return { id, fromStage, contactId, probability: formula.score, confidence: formula.confidence };
  });
  const closedAt = isClosedStage(stage) ? now : null;
  await tx.$executeRaw(Prisma.sql`
    UPDATE opportunities o
       SET stage = ${stage}::"OpportunityStage", probability = moved.probability, probability_confidence = moved.confidence::"ScoreConfidence",
           stage_entered_at = ${now}, closed_at = ${closedAt}, last_activity_at = ${now}, updated_at = ${now}
      FROM unnest(${moves.map((move) => move.id)}::uuid[], ${moves.map((move) => move.probability)}::int[], ${moves.map((move) => move.confidence)}::text[]) AS moved(id, probability, confidence)
     WHERE o.id = moved.id`);
  const changedById = actor.kind === "user" ? actor.userId : null;
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO opportunity_stage_changes (organization_id, opportunity_id, changed_by_id, from_stage, to_stage, probability, changed_at)
    SELECT ${organizationId}::uuid, moved.id, ${changedById}::uuid, moved.from_stage::"OpportunityStage", ${stage}::"OpportunityStage", moved.probability, ${now}
      FROM unnest(${moves.map((move) => move.id)}::uuid[], ${moves.map((move) => move.fromStage)}::text[], ${moves.map((move) => move.probability)}::int[]) AS moved(id, from_stage, probability)`);
  await recordTimeline(
    tx,
    actor,
    "opportunity",
    "stage_change",
    moves.map((move) => ({
      id: move.id,
      contactId: move.contactId,
      title: `Moved from ${stageLabel(move.fromStage)} to ${stageLabel(stage)}`,
      metadata: { fromStage: move.fromStage, toStage: stage, probability: move.probability },
    })),
    now,
  );
  const changedIds = moves.map((move) => move.id);
  return { changedIds, afterCommit: () => rescoreOpportunities({ actor, ids: changedIds }) };
}
