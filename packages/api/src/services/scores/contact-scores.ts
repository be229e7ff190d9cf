import { churnRisk, contactHealth, isAtRisk, type ContactScoreInput } from "@harbor/ai";
import { Prisma } from "@harbor/db";
import { sqlDate, sqlTimestamp } from "../crm/crm-sql";
import { DAY_MS, idRange, inBatchTransaction, INTERACTION_TYPES, OVERDUE_TICKET_DAYS, type ScoreTx } from "./score-inputs";
import { upsertScores, type ComputedScore } from "./write-scores";

// Contact health and churn risk for a batch of contacts: one statement gathers every input
// (aggregates over the batch's activities, tickets and policies, grouped by contact), the pure
// formulas compute, and one transaction writes both scores and contacts.health_score / churn_risk.
// Payments do not exist yet, so paymentStatus is "unknown" (a neutral factor) until renewals
// record them.

interface ContactInputRow {
  id: string;
  createdAt: Date;
  lastContactAt: Date | null;
  interactions: number;
  positive: number;
  negative: number;
  openTickets: number;
  overdueTickets: number;
  activePolicies: number;
  lapsedPolicies: number;
  firstPolicyStart: Date | null;
  nextRenewalAt: Date | null;
  previousHealth: number | null;
  previousChurn: number | null;
  healthFingerprint: string | null;
  churnFingerprint: string | null;
  /** contacts.health_score and churn_risk as stored. */
  storedHealth: number | null;
  storedChurn: number | null;
}

/**
 * A stored contact score's column, read per contact as a unique-index probe: joined as a set, the
 * planner could loop over every stored score of the kind for each contact when its statistics
 * predate those scores (18–77 s a batch, measured).
 */
const stored = (kind: "health" | "churn", column: "score" | "fingerprint") =>
  Prisma.sql`(SELECT ${Prisma.raw(column)} FROM scores WHERE entity_type = 'contact' AND entity_id = c.id AND kind = ${Prisma.raw(`'${kind}'`)})`;

/** The batch's inputs alone (exported for the benchmark's read floor). */
export function gatherContactInputs(reader: Pick<ScoreTx, "$queryRaw">, organizationId: string, ids: string[], now: Date): Promise<ContactInputRow[]> {
  const since90 = sqlTimestamp(new Date(now.getTime() - 90 * DAY_MS));
  const overdueBefore = sqlTimestamp(new Date(now.getTime() - OVERDUE_TICKET_DAYS * DAY_MS));
  const nowTs = sqlTimestamp(now);
  const today = sqlDate(now);
  const { low, high } = idRange(ids);
  return reader.$queryRaw<ContactInputRow[]>`
    SELECT c.id, c.created_at AS "createdAt",
           greatest(c.last_contact_at, a.last_at) AS "lastContactAt",
           coalesce(a.interactions, 0)::int AS interactions, coalesce(a.positive, 0)::int AS positive,
           coalesce(a.negative, 0)::int AS negative,
           coalesce(t.open, 0)::int AS "openTickets", coalesce(t.overdue, 0)::int AS "overdueTickets",
           coalesce(p.active, 0)::int AS "activePolicies", coalesce(p.lapsed, 0)::int AS "lapsedPolicies",
           p.first_start AS "firstPolicyStart", p.next_renewal AS "nextRenewalAt",
           ${stored("health", "score")} AS "previousHealth", ${stored("churn", "score")} AS "previousChurn",
           ${stored("health", "fingerprint")} AS "healthFingerprint", ${stored("churn", "fingerprint")} AS "churnFingerprint",
           c.health_score AS "storedHealth", c.churn_risk AS "storedChurn"
    FROM contacts c
    LEFT JOIN (
      SELECT contact_id, max(occurred_at) AS last_at,
             count(*) FILTER (WHERE occurred_at >= ${since90}) AS interactions,
             count(*) FILTER (WHERE occurred_at >= ${since90} AND sentiment = 'positive') AS positive,
             count(*) FILTER (WHERE occurred_at >= ${since90} AND sentiment = 'negative') AS negative
      FROM activities
      WHERE contact_id = ANY(${ids}::uuid[]) AND contact_id BETWEEN ${low}::uuid AND ${high}::uuid AND organization_id = ${organizationId}::uuid
        AND type::text = ANY(${INTERACTION_TYPES}::text[]) AND occurred_at <= ${nowTs}
      GROUP BY contact_id
    ) a ON a.contact_id = c.id
    LEFT JOIN (
      SELECT contact_id, count(*) AS open, count(*) FILTER (WHERE created_at < ${overdueBefore}) AS overdue
      FROM tickets
      WHERE contact_id = ANY(${ids}::uuid[]) AND contact_id BETWEEN ${low}::uuid AND ${high}::uuid AND organization_id = ${organizationId}::uuid AND status IN ('open', 'pending')
      GROUP BY contact_id
    ) t ON t.contact_id = c.id
    LEFT JOIN (
      SELECT contact_id, count(*) FILTER (WHERE status = 'active') AS active,
             count(*) FILTER (WHERE status IN ('lapsed', 'cancelled')) AS lapsed,
             min(start_date) AS first_start,
             min(coalesce(renewal_date, end_date)) FILTER (WHERE status = 'active' AND coalesce(renewal_date, end_date) >= ${today}) AS next_renewal
      FROM policies
      WHERE contact_id = ANY(${ids}::uuid[]) AND contact_id BETWEEN ${low}::uuid AND ${high}::uuid AND organization_id = ${organizationId}::uuid
      GROUP BY contact_id
    ) p ON p.contact_id = c.id
    WHERE c.organization_id = ${organizationId}::uuid AND c.id = ANY(${ids}::uuid[]) AND c.id BETWEEN ${low}::uuid AND ${high}::uuid`;
}

/** The formulas' input for a gathered row: exported so tests can recompute what was stored. */
export function contactScoreInput(row: Omit<ContactInputRow, "id" | "previousHealth" | "previousChurn" | "healthFingerprint" | "churnFingerprint" | "storedHealth" | "storedChurn">): ContactScoreInput {
  const since = row.firstPolicyStart && row.firstPolicyStart < row.createdAt ? row.firstPolicyStart : row.createdAt;
  return {
    customerSince: since,
    lastContactAt: row.lastContactAt,
    interactionsLast90Days: row.interactions,
    positiveLast90Days: row.positive,
    negativeLast90Days: row.negative,
    openTickets: row.openTickets,
    overdueTickets: row.overdueTickets,
    lapsedOrCancelledPolicies: row.lapsedPolicies,
    activePolicies: row.activePolicies,
    nextRenewalAt: row.nextRenewalAt,
    paymentStatus: "unknown",
  };
}

export interface ContactBatchResult {
  count: number;
  /** Contacts scored before and not at risk then, at risk now (a first scoring is a baseline, not a crossing). */
  crossedIntoAtRisk: string[];
}

export async function scoreContactBatch(organizationId: string, ids: string[], now: Date): Promise<ContactBatchResult> {
  if (ids.length === 0) return { count: 0, crossedIntoAtRisk: [] };
  return inBatchTransaction(async (tx) => {
    const rows = await gatherContactInputs(tx, organizationId, ids, now);
    const scores: ComputedScore[] = [];
    const contactIds: string[] = [];
    const health: number[] = [];
    const churn: number[] = [];
    const crossedIntoAtRisk: string[] = [];
    for (const row of rows) {
      const input = contactScoreInput(row);
      const healthScore = contactHealth(input, now);
      const churnScore = churnRisk(input, now);
      scores.push(
        { entityId: row.id, kind: "health", score: healthScore, storedFingerprint: row.healthFingerprint },
        { entityId: row.id, kind: "churn", score: churnScore, storedFingerprint: row.churnFingerprint },
      );
      if (row.storedHealth !== healthScore.score || row.storedChurn !== churnScore.score) {
        contactIds.push(row.id);
        health.push(healthScore.score);
        churn.push(churnScore.score);
      }
      const wasScored = row.previousHealth !== null && row.previousChurn !== null;
      if (wasScored && !isAtRisk({ health: row.previousHealth!, churn: row.previousChurn! }) && isAtRisk({ health: healthScore.score, churn: churnScore.score })) {
        crossedIntoAtRisk.push(row.id);
      }
    }
    await upsertScores(tx, { organizationId, entityType: "contact", computedAt: now, scores });
    if (contactIds.length > 0) {
      await tx.$executeRaw`
        UPDATE contacts c SET health_score = u.health, churn_risk = u.churn
        FROM unnest(${contactIds}::uuid[], ${health}::int[], ${churn}::int[]) AS u(id, health, churn)
        WHERE c.id = u.id AND c.organization_id = ${organizationId}::uuid
          AND (c.health_score IS DISTINCT FROM u.health OR c.churn_risk IS DISTINCT FROM u.churn)`;
    }
    return { count: rows.length, crossedIntoAtRisk };
  });
}
