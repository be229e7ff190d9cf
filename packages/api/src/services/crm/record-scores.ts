import { scoreBand, type ScoreKindName } from "@harbor/ai";
import type { Actor } from "../../access/actor";
import { readScores, type ScoreEntityType, type StoredScoreKind, type StoredScoreView } from "../scores";

// The scores a record carries. A list reads only the denormalized number and names its band from
// packages/ai's thresholds (no join); a record's page reads the stored score with its factors,
// never recomputing it on read.

export function listedScore(kind: ScoreKindName, score: number) {
  return { score, band: scoreBand(kind, score) };
}

export type StoredScore = Omit<StoredScoreView, "entityType" | "entityId" | "kind">;

/** The stored scores of records of one type, by record id and score kind. */
export async function storedScoresOf(actor: Actor, entityType: ScoreEntityType, ids: string[]) {
  const byRecord = new Map<string, Partial<Record<StoredScoreKind, StoredScore>>>();
  if (ids.length === 0) return byRecord;
  for (const { entityType: _type, entityId, kind, ...score } of await readScores({ actor, entityType, ids })) {
    byRecord.set(entityId, { ...byRecord.get(entityId), [kind]: score });
  }
  return byRecord;
}
