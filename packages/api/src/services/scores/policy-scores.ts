import { renewalRisk, type RenewalRiskInput } from "@harbor/ai";
import type { PolicyStatus } from "@harbor/db";
import { idRange, inBatchTransaction, type ScoreTx } from "./score-inputs";
import { mirrorScoreColumn, upsertScores, type ComputedScore } from "./write-scores";

// Renewal risk for a batch of policies: one statement gathers each policy with its contact's
// stored health score, tenure and number of active lines, the pure formula computes, and one
// transaction writes the scores and policies.renewal_risk. Claims in the term are the policy's
// claims (rejected ones aside) whose incident date falls between its start and end dates. Renewal
// premiums and payments do not exist yet: their inputs are null / "unknown" (neutral factors)
// until renewals bring them.
// Recomputed after the contacts, so the contact's health is the one just stored.

interface PolicyInputRow {
  id: string;
  status: PolicyStatus;
  premium: number;
  renewsAt: Date;
  contactHealth: number | null;
  contactCreatedAt: Date;
  firstPolicyStart: Date | null;
  contactActivePolicies: number;
  claimsInTerm: number;
  storedFingerprint: string | null;
  /** policies.renewal_risk as stored. */
  storedRisk: number | null;
}

/**
 * Per policy, index probes only (the contact, the contact's other policies, the stored scores): a
 * batch's policies belong to contacts spread over the whole table, and joining the contact's lines
 * and health as sets made the planner scan every policy and every health score of the
 * organization (7.3 s a batch, measured, against ~1 s).
 */
function gatherPolicyInputs(reader: Pick<ScoreTx, "$queryRaw">, organizationId: string, ids: string[]): Promise<PolicyInputRow[]> {
  const { low, high } = idRange(ids);
  return reader.$queryRaw<PolicyInputRow[]>`
    SELECT p.id, p.status, p.premium::float8 AS premium, coalesce(p.renewal_date, p.end_date) AS "renewsAt",
           (SELECT score FROM scores WHERE entity_type = 'contact' AND entity_id = p.contact_id AND kind = 'health') AS "contactHealth", c.created_at AS "contactCreatedAt", lines.first_start AS "firstPolicyStart",
           coalesce(lines.active, 0)::int AS "contactActivePolicies",
           (SELECT count(*) FROM claims cl
             WHERE cl.policy_id = p.id AND cl.status <> 'rejected' AND cl.incident_date BETWEEN p.start_date AND p.end_date)::int AS "claimsInTerm",
           (SELECT fingerprint FROM scores WHERE entity_type = 'policy' AND entity_id = p.id AND kind = 'renewal_risk') AS "storedFingerprint",
           p.renewal_risk AS "storedRisk"
    FROM policies p
    JOIN contacts c ON c.id = p.contact_id
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE l.status = 'active') AS active, min(l.start_date) AS first_start
      FROM policies l WHERE l.contact_id = p.contact_id AND l.organization_id = ${organizationId}::uuid
    ) lines
    WHERE p.organization_id = ${organizationId}::uuid AND p.id = ANY(${ids}::uuid[]) AND p.id BETWEEN ${low}::uuid AND ${high}::uuid`;
}

export function policyScoreInput(row: Omit<PolicyInputRow, "id" | "storedFingerprint" | "storedRisk">): RenewalRiskInput {
  const since = row.firstPolicyStart && row.firstPolicyStart < row.contactCreatedAt ? row.firstPolicyStart : row.contactCreatedAt;
  return {
    status: row.status,
    premium: row.premium,
    renewalPremium: null,
    claimsInTerm: row.claimsInTerm,
    paymentStatus: "unknown",
    contactHealth: row.contactHealth,
    customerSince: since,
    contactActivePolicies: row.contactActivePolicies,
    renewsAt: row.renewsAt,
  };
}

export async function scorePolicyBatch(organizationId: string, ids: string[], now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  return inBatchTransaction(async (tx) => {
    const rows = await gatherPolicyInputs(tx, organizationId, ids);
    const scores: ComputedScore[] = rows.map((row) => ({ entityId: row.id, kind: "renewal_risk", score: renewalRisk(policyScoreInput(row), now), storedFingerprint: row.storedFingerprint }));
    const moved = scores.filter((item, index) => rows[index]!.storedRisk !== item.score.score);
    await upsertScores(tx, { organizationId, entityType: "policy", computedAt: now, scores });
    await mirrorScoreColumn(tx, { organizationId, table: "policies", moved });
    return rows.length;
  });
}
