import { z } from "zod";
import { policySorts } from "../../services/crm/policies";
import { idOutput, idSchema, listInputSchema, namedRecordSchema, pageOf, userSummarySchema } from "../shared.schema";
import { listedScoreOutput, storedScoreOutput } from "./score.schema";
import { carrierFilterSchema, dateSchema, moneySchema, oneOf, policyStatusSchema, policyTypeSchema, requiredText, sortDirectionSchema } from "./record-fields.schema";

/** The policies page's filters: the list, its totals and its export take the same. */
const policyFilterFields = {
  search: listInputSchema.shape.search,
  contactId: idSchema.optional(),
  type: policyTypeSchema.optional(),
  status: policyStatusSchema.optional(),
  carrier: carrierFilterSchema.optional(),
  ownerId: idSchema.optional(),
  renewalFrom: dateSchema.optional(),
  renewalTo: dateSchema.optional(),
  renewalBefore: dateSchema.optional(),
};

export const listPoliciesInput = listInputSchema.extend({ ...policyFilterFields, sort: oneOf(policySorts).default("renewalDate"), order: sortDirectionSchema.optional() });

export const policyTotalsInput = z.object(policyFilterFields);

export const policyTotalsOutput = z.object({ count: z.number(), premium: z.number() });

export const exportPoliciesInput = listPoliciesInput.omit({ cursor: true, limit: true });

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

export const listPoliciesOutput = pageOf(
  policyOutput.extend({ contact: namedRecordSchema, owner: userSummarySchema.nullable(), scores: z.object({ renewalRisk: listedScoreOutput.nullable() }) }),
);

/** A policy on its contact's page, with its stored renewal risk and the factors behind it. */
export const scoredPolicyOutput = policyOutput.extend({ scores: z.object({ renewalRisk: storedScoreOutput }) });
