import { z } from "zod";
import { idOutput, idSchema, listInputSchema, namedRecordSchema, pageOf } from "../shared.schema";
import { listedScoreOutput, storedScoreOutput } from "./score.schema";
import { dateSchema, moneySchema, policyStatusSchema, policyTypeSchema, requiredText } from "./record-fields.schema";

export const listPoliciesInput = listInputSchema.extend({
  contactId: idSchema.optional(),
  status: policyStatusSchema.optional(),
  renewalBefore: dateSchema.optional(),
});

const policyFields = {
  policyNumber: requiredText(60),
  type: policyTypeSchema,
  carrier: requiredText(120),
  premium: moneySchema,
  startDate: dateSchema,
  endDate: dateSchema,
  renewalDate: dateSchema.nullish(),
  status: policyStatusSchema.optional(),
  gracePeriodDays: z.number({ error: "must be a number" }).int({ error: "must be a whole number" }).min(0).max(365).optional(),
};

/** The end date must follow the start date; the service checks it (also against stored dates on update). */
export const createPolicyInput = z.object({ contactId: idSchema, ...policyFields });

export const updatePolicyInput = z.object({
  id: idSchema,
  policyNumber: policyFields.policyNumber.optional(),
  type: policyFields.type.optional(),
  carrier: policyFields.carrier.optional(),
  premium: policyFields.premium.optional(),
  startDate: policyFields.startDate.optional(),
  endDate: policyFields.endDate.optional(),
  renewalDate: policyFields.renewalDate,
  status: policyFields.status,
  gracePeriodDays: policyFields.gracePeriodDays,
});

export const policyIdInput = z.object({ id: idSchema });

export const policyOutput = z.object({
  id: idOutput,
  contactId: idOutput,
  policyNumber: z.string(),
  type: policyTypeSchema,
  carrier: z.string(),
  premium: z.number(),
  startDate: z.date(),
  endDate: z.date(),
  renewalDate: z.date().nullable(),
  status: policyStatusSchema,
  gracePeriodDays: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const listPoliciesOutput = pageOf(policyOutput.extend({ contact: namedRecordSchema, scores: z.object({ renewalRisk: listedScoreOutput.nullable() }) }));

/** A policy on its contact's page, with its stored renewal risk and the factors behind it. */
export const scoredPolicyOutput = policyOutput.extend({ scores: z.object({ renewalRisk: storedScoreOutput }) });
