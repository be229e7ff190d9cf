import { z } from "zod";
import { dateSchema, oneOf, policyTypeSchema } from "../crm/record-fields.schema";
import { idOutput, idSchema } from "../shared.schema";
import { caseStatusSchema } from "./cases.schema";
import { batchStatusSchema } from "./batches.schema";

const filters = {
  /** This week (Monday first), month (the default) or quarter in UTC, or custom days startDate…endDate. */
  dateRange: oneOf(["week", "month", "quarter", "custom"] as const).optional(),
  startDate: dateSchema.optional(),
  endDate: dateSchema.optional(),
  policyType: policyTypeSchema.optional(),
  caseStatus: caseStatusSchema.optional(),
  assigneeId: idSchema.optional(),
};

export const dashboardStatsInput = z.object(filters).optional();
export const dashboardTrendsInput = z.object({ ...filters, bucket: oneOf(["day", "week"] as const).optional() }).optional();
export const batchStatusInput = z.object({ limit: z.number().int().min(1).max(100).optional() }).optional();

export const dashboardStatsOutput = z.object({
  range: z.object({ start: z.date(), end: z.date() }),
  totalCases: z.number(),
  newCases: z.number(),
  inProgress: z.number(),
  pendingAction: z.number(),
  renewed: z.number(),
  lost: z.number(),
  premiumUpForRenewal: z.number(),
  premiumRenewed: z.number(),
  retentionRate: z.number().nullable(),
  paymentCollected: z.number(),
  paymentPending: z.number(),
});

export const dashboardTrendsOutput = z.array(
  z.object({ bucket: z.date(), newCases: z.number(), renewed: z.number(), lost: z.number(), successRate: z.number().nullable() }),
);

export const batchStatusOutput = z.array(
  z.object({
    id: idOutput,
    filename: z.string(),
    status: batchStatusSchema,
    createdAt: z.date(),
    cases: z.object({ renewed: z.number(), inProgress: z.number(), pending: z.number(), failed: z.number() }),
    payment: z.object({ received: z.number(), pending: z.number() }),
  }),
);
