import type { Prisma } from "@harbor/db";

export const policySelect = {
  id: true,
  contactId: true,
  policyNumber: true,
  type: true,
  carrier: true,
  premium: true,
  startDate: true,
  endDate: true,
  renewalDate: true,
  status: true,
  gracePeriodDays: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.PolicySelect;

export function toPolicy<T extends { premium: Prisma.Decimal }>(policy: T) {
  return { ...policy, premium: Number(policy.premium) };
}
