import { dealProbability, type DealProbabilityInput } from "@harbor/ai";
import { type OpportunityStage } from "@harbor/db";
import { sqlTimestamp } from "../crm/crm-sql";
import { DAY_MS, idRange, inBatchTransaction, type ScoreTx } from "./score-inputs";
import { upsertScores, type ComputedScore } from "./write-scores";

// Deal probability and confidence for a batch of opportunities: one statement gathers the
// opportunities with their activity count over the last 7 days, the pure formula computes, and one
// transaction writes the scores and opportunities.probability / probability_confidence.

interface OpportunityInputRow {
  id: string;
  stage: OpportunityStage;
  positiveSignals: string[];
  riskFactors: string[];
  competitor: string | null;
  activitiesLast7Days: number;
  storedFingerprint: string | null;
  /** opportunities.probability and probability_confidence as stored. */
  storedProbability: number | null;
  storedConfidence: string | null;
}

function gatherOpportunityInputs(reader: Pick<ScoreTx, "$queryRaw">, organizationId: string, ids: string[], now: Date): Promise<OpportunityInputRow[]> {
  const since7 = sqlTimestamp(new Date(now.getTime() - 7 * DAY_MS));
  const { low, high } = idRange(ids);
  return reader.$queryRaw<OpportunityInputRow[]>`
    SELECT o.id, o.stage, o.positive_signals AS "positiveSignals", o.risk_factors AS "riskFactors", o.competitor,
           coalesce(a.recent, 0)::int AS "activitiesLast7Days",
           (SELECT fingerprint FROM scores WHERE entity_type = 'opportunity' AND entity_id = o.id AND kind = 'probability') AS "storedFingerprint",
           o.probability AS "storedProbability", o.probability_confidence::text AS "storedConfidence"
    FROM opportunities o
    LEFT JOIN (
      SELECT opportunity_id, count(*) AS recent
      FROM activities
      WHERE opportunity_id = ANY(${ids}::uuid[]) AND opportunity_id BETWEEN ${low}::uuid AND ${high}::uuid AND organization_id = ${organizationId}::uuid
        AND occurred_at >= ${since7} AND occurred_at <= ${sqlTimestamp(now)}
      GROUP BY opportunity_id
    ) a ON a.opportunity_id = o.id
    WHERE o.organization_id = ${organizationId}::uuid AND o.id = ANY(${ids}::uuid[]) AND o.id BETWEEN ${low}::uuid AND ${high}::uuid`;
}

export function opportunityScoreInput({ stage, positiveSignals, riskFactors, competitor, activitiesLast7Days }: Omit<OpportunityInputRow, "id" | "storedFingerprint" | "storedProbability" | "storedConfidence">): DealProbabilityInput {
  return { stage, positiveSignals, riskFactors, competitor, activitiesLast7Days };
}

export async function scoreOpportunityBatch(organizationId: string, ids: string[], now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  return inBatchTransaction(async (tx) => {
    const rows = await gatherOpportunityInputs(tx, organizationId, ids, now);
    const scores: ComputedScore[] = rows.map((row) => ({ entityId: row.id, kind: "probability", score: dealProbability(opportunityScoreInput(row), now), storedFingerprint: row.storedFingerprint }));
    const moved = scores.filter((item, index) => rows[index]!.storedProbability !== item.score.score || rows[index]!.storedConfidence !== item.score.confidence);
    await upsertScores(tx, { organizationId, entityType: "opportunity", computedAt: now, scores });
    if (moved.length > 0) {
      await tx.$executeRaw`
        UPDATE opportunities o SET probability = u.probability, probability_confidence = u.confidence::"ScoreConfidence"
        FROM unnest(${moved.map((item) => item.entityId)}::uuid[], ${moved.map((item) => item.score.score)}::int[], ${moved.map((item) => item.score.confidence ?? null)}::text[]) AS u(id, probability, confidence)
        WHERE o.id = u.id AND o.organization_id = ${organizationId}::uuid
          AND (o.probability IS DISTINCT FROM u.probability OR o.probability_confidence IS DISTINCT FROM u.confidence::"ScoreConfidence")`;
    }
    return rows.length;
  });
}
