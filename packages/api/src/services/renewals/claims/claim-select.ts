import type { Prisma } from "@harbor/db";
import { summarySelect } from "../../summary-select";

export const claimSelect = {
  id: true,
  claimNumber: true,
  claimType: true,
  claimAmount: true,
  description: true,
  status: true,
  incidentDate: true,
  reportedDate: true,
  settlementAmount: true,
  settlementDate: true,
  decisionNote: true,
  statusChangedAt: true,
  createdAt: true,
  updatedAt: true,
  policy: { select: { id: true, policyNumber: true, type: true, carrier: true, contact: summarySelect } },
  createdBy: summarySelect,
} as const satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

export function toClaim({ claimAmount, settlementAmount, ...claim }: ClaimRow) {
  return { ...claim, claimAmount: Number(claimAmount), settlementAmount: settlementAmount === null ? null : Number(settlementAmount) };
}
