import type { Factor, ScoreConfidence } from "@harbor/ai";
import { db } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { idsInScope } from "./score-scope";
import type { ScoreEntityType, StoredScoreKind } from "./write-scores";

// Stored scores as a panel shows them: read, never recomputed. Entities outside the actor's
// record scope are left out, as if they had no score.

export interface StoredScoreView {
  entityType: ScoreEntityType;
  entityId: string;
  kind: StoredScoreKind;
  score: number;
  band: string;
  confidence: ScoreConfidence | null;
  factors: Factor[];
  computedAt: Date;
}

export async function readScores({ actor, entityType, ids }: { actor: Actor; entityType: ScoreEntityType; ids: string[] }): Promise<StoredScoreView[]> {
  const visible = await idsInScope(actor, entityType, ids);
  if (visible.length === 0) return [];
  const rows = await db.storedScore.findMany({
    where: { organizationId: actor.organizationId, entityType, entityId: { in: visible } },
    select: { entityType: true, entityId: true, kind: true, score: true, band: true, confidence: true, factors: true, computedAt: true },
    orderBy: [{ entityId: "asc" }, { kind: "asc" }],
  });
  // factors is written only by upsertScores, from the formulas' Factor[].
  return rows.map((row) => ({ ...row, factors: row.factors as unknown as Factor[] }));
}
