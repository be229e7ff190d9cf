import { db, type Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { requireId, within } from "../../../access/organization-scope";
import { renewalCaseScope } from "../../../access/scopes/renewal-case-scope";
import { notFound } from "../../../errors";
import { caseDetailSelect, premiumChangePercent, toCaseDetail } from "./case-select";
import { caseEventSelect } from "./case-timeline";
import { summarySelect } from "../../summary-select";

// One case as its page shows it: the policy and customer (CRM contact), the people on it, the
// expiring term against the renewal term, payment, contact attempts and the timeline.

export interface CoverageLine {
  name: string;
  priorLimit?: string | null | undefined;
  renewalLimit?: string | null | undefined;
  priorDeductible?: string | null | undefined;
  renewalDeductible?: string | null | undefined;
}

const attemptSelect = { id: true, channel: true, outcome: true, note: true, attemptedAt: true, actor: summarySelect } as const satisfies Prisma.RenewalContactAttemptSelect;

export async function getCase({ actor, id }: { actor: Actor; id: string }) {
  const row = await db.renewalCase.findFirst({ where: within(renewalCaseScope(actor), { id: requireId(id) }), select: caseDetailSelect });
  if (!row) throw notFound("Renewal case");
  const [timeline, attempts] = await Promise.all([
    db.renewalCaseEvent.findMany({ where: { caseId: row.id }, select: caseEventSelect, orderBy: [{ occurredAt: "desc" }, { id: "desc" }], take: 200 }),
    db.renewalContactAttempt.findMany({ where: { caseId: row.id }, select: attemptSelect, orderBy: [{ attemptedAt: "desc" }, { id: "desc" }], take: 100 }),
  ]);
  const item = toCaseDetail(row);
  return {
    ...item,
    coverages: (row.coverages ?? []) as unknown as CoverageLine[],
    priorTerm: { premium: item.priorPremium, startDate: row.priorStartDate, endDate: row.priorEndDate, carrier: row.priorCarrier },
    renewalTerm: { premium: item.renewalPremium, carrier: row.renewalCarrier ?? row.priorCarrier, renewalDate: row.renewalDate },
    premiumChangePercent: premiumChangePercent(item.priorPremium, item.renewalPremium),
    payment: { status: row.paymentStatus, method: row.paymentMethod, date: row.paymentDate, amount: item.paymentAmount },
    escalation: row.escalatedAt ? { to: row.escalatedTo, reason: row.escalationReason, at: row.escalatedAt } : null,
    lost: row.lostReason ? { reason: row.lostReason, note: row.lostNote } : null,
    timeline,
    attempts,
  };
}

export type CaseDetail = Awaited<ReturnType<typeof getCase>>;
