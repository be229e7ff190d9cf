import type { Prisma } from "@harbor/db";
import { summarySelect } from "../../summary-select";

/** What the pipeline board and the deals list show. */
export const opportunityListSelect = {
  id: true,
  title: true,
  stage: true,
  probability: true,
  probabilityConfidence: true,
  value: true,
  priority: true,
  expectedCloseDate: true,
  stageEnteredAt: true,
  lastActivityAt: true,
  closedAt: true,
  tags: true,
  createdAt: true,
  contact: { select: { id: true, name: true, company: true } },
  owner: summarySelect,
} as const satisfies Prisma.OpportunitySelect;

/** One opportunity with every field of its own. */
export const opportunitySelect = {
  ...opportunityListSelect,
  description: true,
  competitor: true,
  lostReason: true,
  riskFactors: true,
  positiveSignals: true,
  updatedAt: true,
  ownerId: true,
  contactId: true,
  leadId: true,
  lead: summarySelect,
} as const satisfies Prisma.OpportunitySelect;

export function toOpportunity<T extends { value: Prisma.Decimal }>(opportunity: T) {
  return { ...opportunity, value: Number(opportunity.value) };
}
