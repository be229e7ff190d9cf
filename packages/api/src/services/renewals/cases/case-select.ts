import type { Prisma } from "@harbor/db";
import { summarySelect } from "../../summary-select";

// A case as lists and pages show it: money as numbers, the policy and customer it renews, the
// people on it.

export const caseListSelect = {
  id: true,
  caseNumber: true,
  status: true,
  priority: true,
  renewalDate: true,
  premium: true,
  priorPremium: true,
  renewalPremium: true,
  riskScore: true,
  paymentStatus: true,
  contactAttempts: true,
  lastContactAt: true,
  escalatedAt: true,
  closedAt: true,
  createdAt: true,
  updatedAt: true,
  policy: { select: { id: true, policyNumber: true, type: true, carrier: true } },
  contact: summarySelect,
  assignee: summarySelect,
} as const satisfies Prisma.RenewalCaseSelect;

export const caseDetailSelect = {
  ...caseListSelect,
  batchId: true,
  priorStartDate: true,
  priorEndDate: true,
  priorCarrier: true,
  renewalCarrier: true,
  coverages: true,
  paymentMethod: true,
  paymentDate: true,
  paymentAmount: true,
  notes: true,
  escalationReason: true,
  lostReason: true,
  lostNote: true,
  escalatedTo: summarySelect,
  policy: {
    select: { id: true, policyNumber: true, type: true, carrier: true, premium: true, startDate: true, endDate: true, renewalDate: true, status: true, renewalRisk: true },
  },
  contact: { select: { id: true, name: true, email: true, phone: true } },
} as const satisfies Prisma.RenewalCaseSelect;

type Money = Prisma.Decimal | null;
const money = (value: Money) => (value === null ? null : Number(value));

export function toListedCase<T extends { premium: Prisma.Decimal; priorPremium: Prisma.Decimal; renewalPremium: Money }>(row: T) {
  return { ...row, premium: Number(row.premium), priorPremium: Number(row.priorPremium), renewalPremium: money(row.renewalPremium) };
}

export function toCaseDetail<T extends Parameters<typeof toListedCase>[0] & { paymentAmount: Money; policy: { premium: Prisma.Decimal } }>(row: T) {
  return { ...toListedCase(row), paymentAmount: money(row.paymentAmount), policy: { ...row.policy, premium: Number(row.policy.premium) } };
}

/** Percent change from the expiring premium to the renewal quote, one decimal; null without a quote. */
export function premiumChangePercent(priorPremium: number, renewalPremium: number | null): number | null {
  if (renewalPremium === null || priorPremium <= 0) return null;
  return Math.round(((renewalPremium - priorPremium) / priorPremium) * 1000) / 10;
}
