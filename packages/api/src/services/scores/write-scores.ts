import { createHash } from "node:crypto";
import { Prisma } from "@harbor/db";
import type { Score, ScoreConfidence } from "@harbor/ai";

// A batch of computed scores is written in one statement: the rows as one JSON document expanded
// by jsonb_to_recordset (one parameter whatever the batch size; sending the factors as a text[]
// made the driver escape ~2.6 MB per batch element by element), upserted on (entity_type,
// entity_id, kind). Only the rows whose fingerprint (a hash of score, band, confidence and
// factors) differs from the stored one, which the batch's gather read, are sent at all: a nightly
// rescoring changes few rows (explanations name dates and buckets, not "N days ago"), and sending
// and conflict-checking unchanged rows was most of a batch's time. computed_at is therefore when
// the stored value was last computed differently. The denormalized columns lists sort by are
// updated in the caller's transaction, so the stored score and the column never disagree.

export type ScoreEntityType = "lead" | "contact" | "opportunity" | "policy";
export type StoredScoreKind = "lead" | "health" | "churn" | "probability" | "renewal_risk";

export interface ComputedScore {
  entityId: string;
  kind: StoredScoreKind;
  score: Score & { confidence?: ScoreConfidence };
  /** The stored row's fingerprint as the gather read it (null: no row, or written before fingerprints). */
  storedFingerprint: string | null;
}

type Writer = Pick<Prisma.TransactionClient, "$executeRaw">;

/** What a stored score is compared by: equal fingerprints, equal score, band, confidence and factors. */
export function scoreFingerprint(score: Score & { confidence?: ScoreConfidence }): string {
  return createHash("sha1")
    .update(JSON.stringify([score.score, score.band, score.confidence ?? null, score.factors]))
    .digest("base64url");
}

/** Writes the scores that changed; returns how many rows were written. */
export async function upsertScores(
  tx: Writer,
  { organizationId, entityType, computedAt, scores }: { organizationId: string; entityType: ScoreEntityType; computedAt: Date; scores: ComputedScore[] },
): Promise<number> {
  const changed: object[] = [];
  for (const item of scores) {
    const fingerprint = scoreFingerprint(item.score);
    if (fingerprint === item.storedFingerprint) continue;
    changed.push({ entity_id: item.entityId, kind: item.kind, score: item.score.score, band: item.score.band, confidence: item.score.confidence ?? null, factors: item.score.factors, fingerprint });
  }
  if (changed.length === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO scores (organization_id, entity_type, entity_id, kind, score, band, confidence, factors, fingerprint, computed_at)
    SELECT ${organizationId}::uuid, ${entityType}::"ScoreEntityType", u.entity_id, u.kind::"ScoreKind", u.score, u.band,
           u.confidence::"ScoreConfidence", u.factors, u.fingerprint, ${computedAt.toISOString()}::timestamp
    FROM jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) AS u(entity_id uuid, kind text, score int, band text, confidence text, factors jsonb, fingerprint text)
    ON CONFLICT (entity_type, entity_id, kind) DO UPDATE
      SET score = EXCLUDED.score, band = EXCLUDED.band, confidence = EXCLUDED.confidence, factors = EXCLUDED.factors,
          fingerprint = EXCLUDED.fingerprint, computed_at = EXCLUDED.computed_at
      WHERE scores.fingerprint IS DISTINCT FROM EXCLUDED.fingerprint`;
}

/** The record column each single-score table mirrors its score into (lists sort and filter by it). */
const mirroredColumns = { leads: "score", policies: "renewal_risk" } as const;

/** Copies the scores that moved into their records' mirrored column, in the batch's transaction. */
export async function mirrorScoreColumn(
  tx: Writer,
  { organizationId, table, moved }: { organizationId: string; table: keyof typeof mirroredColumns; moved: ComputedScore[] },
): Promise<void> {
  if (moved.length === 0) return;
  const column = Prisma.raw(mirroredColumns[table]);
  await tx.$executeRaw`
    UPDATE ${Prisma.raw(table)} r SET ${column} = u.score
    FROM unnest(${moved.map((item) => item.entityId)}::uuid[], ${moved.map((item) => item.score.score)}::int[]) AS u(id, score)
    WHERE r.id = u.id AND r.organization_id = ${organizationId}::uuid AND r.${column} IS DISTINCT FROM u.score`;
}
