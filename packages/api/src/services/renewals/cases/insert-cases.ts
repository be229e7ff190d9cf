import type { Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { takeCaseNumbers } from "./case-number";
import { casePriority, priorityRank } from "./case-priority";

// Opening cases in bulk (the daily job, renewal files): one numbered insert for many policy terms.
// A term that already has a case is skipped by the (policy, renewal date) unique index, so a
// retried or concurrent run opens nothing twice; each new case gets its "created" timeline entry.

export interface NewCase {
  policyId: string;
  contactId: string;
  assigneeId: string | null;
  renewalDate: Date;
  priorPremium: number;
  priorStartDate: Date;
  priorEndDate: Date;
  priorCarrier: string;
  renewalPremium: number | null;
  renewalCarrier?: string | null;
  riskScore: number | null;
  batchId?: string | null;
}

export async function insertCases(tx: Prisma.TransactionClient, actor: Actor, cases: NewCase[], { title, now = new Date() }: { title: string; now?: Date }) {
  if (cases.length === 0) return [];
  const { organizationId } = actor;
  const numbers = await takeCaseNumbers(tx, organizationId, cases.length, now);
  const priorities = cases.map((item) => casePriority({ premium: item.renewalPremium ?? item.priorPremium, renewalRisk: item.riskScore }));
  const column = <T>(pick: (item: NewCase, index: number) => T) => cases.map(pick);
  const inserted = await tx.$queryRaw<{ id: string; policy_id: string; case_number: string }[]>`
    INSERT INTO renewal_cases (organization_id, case_number, policy_id, contact_id, assignee_id, batch_id, priority, priority_rank, renewal_date,
      prior_premium, prior_start_date, prior_end_date, prior_carrier, renewal_premium, renewal_carrier, premium, risk_score, created_at, updated_at)
    SELECT ${organizationId}::uuid, t.case_number, t.policy_id, t.contact_id, t.assignee_id, t.batch_id, t.priority::"Priority", t.priority_rank, t.renewal_date,
      t.prior_premium, t.prior_start_date, t.prior_end_date, t.prior_carrier, t.renewal_premium, t.renewal_carrier, COALESCE(t.renewal_premium, t.prior_premium), t.risk_score, ${now}, ${now}
    FROM unnest(
      ${numbers}::text[], ${column((item) => item.policyId)}::uuid[], ${column((item) => item.contactId)}::uuid[], ${column((item) => item.assigneeId)}::uuid[],
      ${column((item) => item.batchId ?? null)}::uuid[], ${priorities}::text[], ${priorities.map((priority) => priorityRank[priority])}::int[],
      ${column((item) => item.renewalDate)}::date[], ${column((item) => item.priorPremium)}::numeric[], ${column((item) => item.priorStartDate)}::date[],
      ${column((item) => item.priorEndDate)}::date[], ${column((item) => item.priorCarrier)}::text[], ${column((item) => item.renewalPremium)}::numeric[],
      ${column((item) => item.renewalCarrier ?? null)}::text[], ${column((item) => item.riskScore)}::int[]
    ) AS t(case_number, policy_id, contact_id, assignee_id, batch_id, priority, priority_rank, renewal_date, prior_premium, prior_start_date, prior_end_date,
      prior_carrier, renewal_premium, renewal_carrier, risk_score)
    ON CONFLICT (policy_id, renewal_date) DO NOTHING
    RETURNING id, policy_id, case_number`;
  if (inserted.length > 0) {
    const actorId = actor.kind === "user" ? actor.userId : null;
    const data = JSON.stringify(actor.kind === "system" ? { system: actor.reason } : {});
    await tx.$executeRaw`
      INSERT INTO renewal_case_events (organization_id, case_id, actor_id, type, title, data, occurred_at)
      SELECT ${organizationId}::uuid, id, ${actorId}::uuid, 'created', ${title}, ${data}::jsonb, ${now} FROM unnest(${inserted.map((row) => row.id)}::uuid[]) AS id`;
  }
  return inserted.map((row) => ({ id: row.id, policyId: row.policy_id, caseNumber: row.case_number }));
}
