import type { Actor } from "../../../access/actor";
import { organizationScope } from "../../../access/organization-scope";
import { auditedTransaction } from "../../audit/audited-transaction";
import { getRenewalSettings } from "../settings";
import { sqlDate } from "../../crm/crm-sql";
import { publishCasesChanged } from "./case-events";
import { insertCases } from "./insert-cases";
import { calendarDay } from "./policy-term";

// The daily opening of renewal cases (and renewals.cases.openDue, which runs it now): every
// active policy whose renewal date has entered the organization's window (from a grace period
// ago to today + windowDays) gets a case for that term, once, assigned to the policy's agent (its
// owner, else its contact's), its priority from premium and renewal risk. Open cases whose policy
// was renewed in the CRM (its renewal date moved past the case's) or cancelled close, with a
// timeline entry. Open cases take the policy's current stored renewal risk.

const DAY = 24 * 60 * 60 * 1000;
const CHUNK = 1_000;

interface DuePolicy {
  id: string;
  contact_id: string;
  assignee_id: string | null;
  premium: number;
  renewal_risk: number | null;
  renewal_date: Date;
  start_date: Date;
  end_date: Date;
  carrier: string;
}

export async function openDueCases({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  const { organizationId } = organizationScope(actor);
  const { windowDays } = await getRenewalSettings({ actor });
  const today = calendarDay(now);
  const until = new Date(today.getTime() + windowDays * DAY);
  let opened = 0;
  for (;;) {
    const batch = await auditedTransaction(
      async (tx) => {
        const due = await tx.$queryRaw<DuePolicy[]>`
          SELECT p.id, p.contact_id, COALESCE(p.owner_id, c.owner_id) AS assignee_id, p.premium::float8 AS premium, p.renewal_risk,
            p.renewal_date, p.start_date, p.end_date, p.carrier
          FROM policies p JOIN contacts c ON c.id = p.contact_id
          WHERE p.organization_id = ${organizationId}::uuid AND p.status = 'active' AND p.renewal_date IS NOT NULL
            AND p.renewal_date <= ${sqlDate(until)} AND p.renewal_date >= ${sqlDate(today)} - p.grace_period_days
            AND NOT EXISTS (SELECT 1 FROM renewal_cases rc WHERE rc.policy_id = p.id AND rc.renewal_date = p.renewal_date)
          ORDER BY p.renewal_date, p.id
          LIMIT ${CHUNK}`;
        const created = await insertCases(
          tx,
          actor,
          due.map((policy) => ({
            policyId: policy.id,
            contactId: policy.contact_id,
            assigneeId: policy.assignee_id,
            renewalDate: policy.renewal_date,
            priorPremium: policy.premium,
            priorStartDate: policy.start_date,
            priorEndDate: policy.end_date,
            priorCarrier: policy.carrier,
            renewalPremium: null,
            riskScore: policy.renewal_risk,
          })),
          { title: `Opened ${windowDays} days before renewal`, now },
        );
        return { due: due.length, created: created.length };
      },
      { timeout: 60_000 },
    );
    opened += batch.created;
    if (batch.due < CHUNK) break;
  }

  const closed = await auditedTransaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; status: "renewed" | "failed" }[]>`
      UPDATE renewal_cases rc SET
        status = (CASE WHEN p.status = 'active' THEN 'renewed' ELSE 'failed' END)::"RenewalCaseStatus",
        lost_reason = (CASE WHEN p.status = 'active' THEN NULL ELSE 'other' END)::"RenewalLostReason",
        lost_note = CASE WHEN p.status = 'active' THEN NULL ELSE 'Policy ' || p.status::text END,
        closed_at = ${now}, updated_at = ${now}
      FROM policies p
      WHERE p.id = rc.policy_id AND rc.organization_id = ${organizationId}::uuid AND rc.status IN ('new', 'in_progress', 'pending_action')
        AND (p.status IN ('cancelled', 'expired') OR (p.status = 'active' AND p.renewal_date > rc.renewal_date))
      RETURNING rc.id, rc.status::text AS status`;
    if (rows.length > 0) {
      const reason = JSON.stringify(actor.kind === "system" ? { system: actor.reason } : {});
      await tx.$executeRaw`
        INSERT INTO renewal_case_events (organization_id, case_id, actor_id, type, title, data, occurred_at)
        SELECT ${organizationId}::uuid, t.id, ${actor.kind === "user" ? actor.userId : null}::uuid, 'closed',
          CASE WHEN t.status = 'renewed' THEN 'Closed: policy renewed in the CRM' ELSE 'Closed: policy cancelled or expired' END, ${reason}::jsonb, ${now}
        FROM unnest(${rows.map((row) => row.id)}::uuid[], ${rows.map((row) => row.status)}::text[]) AS t(id, status)`;
    }
    await tx.$executeRaw`
      UPDATE renewal_cases rc SET risk_score = p.renewal_risk
      FROM policies p
      WHERE p.id = rc.policy_id AND rc.organization_id = ${organizationId}::uuid AND rc.status IN ('new', 'in_progress', 'pending_action')
        AND rc.risk_score IS DISTINCT FROM p.renewal_risk`;
    return rows.length;
  });
  if (opened > 0) await publishCasesChanged(organizationId, "created");
  if (closed > 0) await publishCasesChanged(organizationId, "closed");
  return { opened, closed, windowDays };
}
