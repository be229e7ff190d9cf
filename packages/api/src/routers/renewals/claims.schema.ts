import { z } from "zod";
import { idOutput, idSchema, listInputSchema, namedRecordSchema, pageOf, userSummarySchema } from "../shared.schema";
import { dateSchema, moneySchema, optionalText, pastDateSchema, policyTypeSchema, requiredText } from "../crm/record-fields.schema";

export const claimStatusSchema = z.enum(["submitted", "under_review", "approved", "rejected", "settled"], {
  error: "must be one of submitted, under_review, approved, rejected, settled",
});

const claimTypeSchema = requiredText(50);

export const listClaimsInput = listInputSchema.extend({
  status: claimStatusSchema.optional(),
  policyId: idSchema.optional(),
  contactId: idSchema.optional(),
  claimType: claimTypeSchema.optional(),
  incidentFrom: dateSchema.optional(),
  incidentTo: dateSchema.optional(),
});

export const claimIdInput = z.object({ id: idSchema });

/** The policy by id or by its number (one of the two). */
export const createClaimInput = z
  .object({
    policyId: idSchema.optional(),
    policyNumber: requiredText(60).optional(),
    claimType: claimTypeSchema,
    claimAmount: moneySchema,
    description: requiredText(5_000),
    incidentDate: pastDateSchema,
  })
  .refine((input) => Boolean(input.policyId) !== Boolean(input.policyNumber), {
    error: "give the policy by policyId or by policyNumber (one of them)",
    path: ["policyId"],
  });

export const updateClaimStatusInput = z.object({
  id: idSchema,
  status: claimStatusSchema,
  settlementAmount: moneySchema.optional(),
  settlementDate: pastDateSchema.optional(),
  note: optionalText(2_000).transform((value) => value || undefined),
});

export const claimOutput = z.object({
  id: idOutput,
  claimNumber: z.string(),
  claimType: z.string(),
  claimAmount: z.number(),
  description: z.string(),
  status: claimStatusSchema,
  incidentDate: z.date(),
  reportedDate: z.date(),
  settlementAmount: z.number().nullable(),
  settlementDate: z.date().nullable(),
  decisionNote: z.string().nullable(),
  statusChangedAt: z.date(),
  createdAt: z.date(),
  updatedAt: z.date(),
  policy: z.object({ id: idOutput, policyNumber: z.string(), type: policyTypeSchema, carrier: z.string(), contact: namedRecordSchema }),
  createdBy: userSummarySchema.nullable(),
});

export const listClaimsOutput = pageOf(claimOutput);
