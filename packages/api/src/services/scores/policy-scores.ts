import { renewalRisk, type RenewalRiskInput } from "@harbor/ai";
import type { PolicyStatus } from "@harbor/db";
import { inBatchTransaction, type ScoreTx } from "./score-inputs";
import { upsertScores, type ComputedScore } from "./write-scores";

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
}

function gatherPolicyInputs(reader: Pick<ScoreTx, "$queryRaw">, organizationId: string, ids: string[]): Promise<PolicyInputRow[]> {
  return reader.$queryRaw<PolicyInputRow[]>`
    SELECT p.id, p.status, p.premium::float8 AS premium, coalesce(p.renewal_date, p.end_date) AS "renewsAt",
           h.score AS "contactHealth", c.created_at AS "contactCreatedAt", lines.first_start AS "firstPolicyStart",
           coalesce(lines.active, 0)::int AS "contactActivePolicies",
           (SELECT count(*) FROM claims cl
             WHERE cl.policy_id = p.id AND cl.status <> 'rejected' AND cl.incident_date BETWEEN p.start_date AND p.end_date)::int AS "claimsInTerm"
    FROM policies p
    JOIN contacts c ON c.id = p.contact_id
    LEFT JOIN (
      SELECT contact_id, count(*) FILTER (WHERE status = 'active') AS active, min(start_date) AS first_start
      FROM policies
      WHERE organization_id = ${organizationId}::uuid
        AND contact_id IN (SELECT contact_id FROM policies WHERE id = ANY(${ids}::uuid[]) AND organization_id = ${organizationId}::uuid)
      GROUP BY contact_id
    ) lines ON lines.contact_id = p.contact_id
    LEFT JOIN scores h ON h.entity_type = 'contact' AND h.entity_id = p.contact_id AND h.kind = 'health'
    WHERE p.organization_id = ${organizationId}::uuid AND p.id = ANY(${ids}::uuid[])`;
}

export function policyScoreInput(row: Omit<PolicyInputRow, "id">): RenewalRiskInput {
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
    const scores: ComputedScore[] = rows.map((row) => ({ entityId: row.id, kind: "renewal_risk", score: renewalRisk(policyScoreInput(row), now) }));
    const policyIds = scores.map((item) => item.entityId);
    const risks = scores.map((item) => item.score.score);
    await upsertScores(tx, { organizationId, entityType: "policy", computedAt: now, scores });
    await tx.$executeRaw`
      UPDATE policies p SET renewal_risk = u.risk
      FROM unnest(${policyIds}::uuid[], ${risks}::int[]) AS u(id, risk)
      WHERE p.id = u.id AND p.organization_id = ${organizationId}::uuid AND p.renewal_risk IS DISTINCT FROM u.risk`;
    return rows.length;
  });
}
