import type { Prisma } from "@harbor/db";
import type { Score, ScoreConfidence } from "@harbor/ai";

// A batch of computed scores is written in one statement: the rows as one JSON document expanded
// by jsonb_to_recordset (one parameter whatever the batch size; sending the factors as a text[]
// made the driver escape ~2.6 MB per batch element by element, most of a batch's time), upserted
// on (entity_type, entity_id, kind). The denormalized columns lists sort by are updated the same
// way, in the caller's transaction, so the stored score and the column never disagree.
// A row whose score, band, confidence and factors are unchanged is not rewritten (a nightly
// rescoring changes few of them, and rewriting a row with its factors was most of a batch's time):
// computed_at is therefore when the stored value was last computed differently. Returns the rows written.

export type ScoreEntityType = "lead" | "contact" | "opportunity" | "policy";
export type StoredScoreKind = "lead" | "health" | "churn" | "probability" | "renewal_risk";

export interface ComputedScore {
  entityId: string;
  kind: StoredScoreKind;
  score: Score & { confidence?: ScoreConfidence };
}

type Writer = Pick<Prisma.TransactionClient, "$executeRaw">;

export async function upsertScores(
  tx: Writer,
  { organizationId, entityType, computedAt, scores }: { organizationId: string; entityType: ScoreEntityType; computedAt: Date; scores: ComputedScore[] },
): Promise<number> {
  if (scores.length === 0) return 0;
  const rows = JSON.stringify(
    scores.map((item) => ({ entity_id: item.entityId, kind: item.kind, score: item.score.score, band: item.score.band, confidence: item.score.confidence ?? null, factors: item.score.factors })),
  );
  return tx.$executeRaw`
    INSERT INTO scores (organization_id, entity_type, entity_id, kind, score, band, confidence, factors, computed_at)
    SELECT ${organizationId}::uuid, ${entityType}::"ScoreEntityType", u.entity_id, u.kind::"ScoreKind", u.score, u.band,
           u.confidence::"ScoreConfidence", u.factors, ${computedAt.toISOString()}::timestamp
    FROM jsonb_to_recordset(${rows}::jsonb) AS u(entity_id uuid, kind text, score int, band text, confidence text, factors jsonb)
    ON CONFLICT (entity_type, entity_id, kind) DO UPDATE
      SET score = EXCLUDED.score, band = EXCLUDED.band, confidence = EXCLUDED.confidence, factors = EXCLUDED.factors,
          computed_at = EXCLUDED.computed_at
      WHERE (scores.score, scores.band, scores.confidence, scores.factors)
            IS DISTINCT FROM (EXCLUDED.score, EXCLUDED.band, EXCLUDED.confidence, EXCLUDED.factors)`;
}
