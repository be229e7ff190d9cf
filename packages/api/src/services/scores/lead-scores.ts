import { leadScore, type LeadScoreInput } from "@harbor/ai";
import { type LeadKind, type LeadStatus } from "@harbor/db";
import { sqlTimestamp } from "../crm/crm-sql";
import { DAY_MS, idRange, inBatchTransaction, LEAD_ENGAGEMENT_TYPES, type ScoreTx } from "./score-inputs";
import { mirrorScoreColumn, upsertScores, type ComputedScore } from "./write-scores";

// Lead scores for a batch of leads: one statement gathers the leads with their engagement over
// the last 90 days (activities grouped by lead), the pure formula computes, and one transaction
// writes the scores and leads.score.

/** The columns the formula reads, as the statement returns them (nullable, never absent). */
type LeadScoreColumns = Required<Pick<LeadScoreInput, "email" | "phone" | "company" | "jobTitle" | "source" | "value" | "budget" | "lastInteractionAt">>;

interface LeadInputRow extends LeadScoreColumns {
  id: string;
  kind: LeadKind;
  status: LeadStatus;
  interactions: number;
  storedFingerprint: string | null;
  /** leads.score as stored. */
  storedScore: number | null;
}

function gatherLeadInputs(reader: Pick<ScoreTx, "$queryRaw">, organizationId: string, ids: string[], now: Date): Promise<LeadInputRow[]> {
  const since90 = sqlTimestamp(new Date(now.getTime() - 90 * DAY_MS));
  const { low, high } = idRange(ids);
  return reader.$queryRaw<LeadInputRow[]>`
    SELECT l.id, l.kind, l.status, l.email, l.phone, l.company, l.job_title AS "jobTitle", l.source,
           l.value::float8 AS value, l.budget::float8 AS budget,
           greatest(l.last_interaction_at, a.last_at) AS "lastInteractionAt", coalesce(a.interactions, 0)::int AS interactions,
           (SELECT fingerprint FROM scores WHERE entity_type = 'lead' AND entity_id = l.id AND kind = 'lead') AS "storedFingerprint", l.score AS "storedScore"
    FROM leads l
    LEFT JOIN (
      SELECT lead_id, max(occurred_at) AS last_at, count(*) FILTER (WHERE occurred_at >= ${since90}) AS interactions
      FROM activities
      WHERE lead_id = ANY(${ids}::uuid[]) AND lead_id BETWEEN ${low}::uuid AND ${high}::uuid AND organization_id = ${organizationId}::uuid
        AND type::text = ANY(${LEAD_ENGAGEMENT_TYPES}::text[]) AND occurred_at <= ${sqlTimestamp(now)}
      GROUP BY lead_id
    ) a ON a.lead_id = l.id
    WHERE l.organization_id = ${organizationId}::uuid AND l.id = ANY(${ids}::uuid[]) AND l.id BETWEEN ${low}::uuid AND ${high}::uuid`;
}

export function leadScoreInput(row: Omit<LeadInputRow, "id" | "storedFingerprint" | "storedScore">): LeadScoreInput {
  const { interactions, ...lead } = row;
  return { ...lead, interactionsLast90Days: interactions };
}

export async function scoreLeadBatch(organizationId: string, ids: string[], now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  return inBatchTransaction(async (tx) => {
    const rows = await gatherLeadInputs(tx, organizationId, ids, now);
    const scores: ComputedScore[] = rows.map((row) => ({ entityId: row.id, kind: "lead", score: leadScore(leadScoreInput(row), now), storedFingerprint: row.storedFingerprint }));
    const moved = scores.filter((item, index) => rows[index]!.storedScore !== item.score.score);
    await upsertScores(tx, { organizationId, entityType: "lead", computedAt: now, scores });
    await mirrorScoreColumn(tx, { organizationId, table: "leads", moved });
    return rows.length;
  });
}
