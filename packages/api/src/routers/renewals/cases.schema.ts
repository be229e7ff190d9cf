import type { RenewalCaseStatus, RenewalContactChannel, RenewalContactOutcome, RenewalLostReason, RenewalPaymentStatus } from "@harbor/db";
import { z } from "zod";
import { idOutput, idSchema, listInputSchema, namedRecordSchema, pageOf, personOutput, storedJson, userSummarySchema } from "../shared.schema";
import { scoreFactorOutput } from "../crm/score.schema";
import { carrierFilterSchema, dateSchema, moneySchema, oneOf, optionalText, pastDateSchema, policyStatusSchema, policyTypeSchema, prioritySchema, requiredText, sortDirectionSchema } from "../crm/record-fields.schema";

export const caseStatusSchema = oneOf(["new", "in_progress", "pending_action", "renewed", "failed"] as const satisfies readonly RenewalCaseStatus[]);
export const paymentStatusSchema = oneOf(["pending", "partial", "completed", "failed"] as const satisfies readonly RenewalPaymentStatus[]);
export const lostReasonSchema = oneOf(["price", "service", "coverage", "moved", "other"] as const satisfies readonly RenewalLostReason[]);
export const contactChannelSchema = oneOf(["call", "email", "sms", "whatsapp", "in_person", "other"] as const satisfies readonly RenewalContactChannel[]);
export const contactOutcomeSchema = oneOf(["reached", "no_answer", "voicemail", "callback_requested", "wrong_number", "declined"] as const satisfies readonly RenewalContactOutcome[]);
export const caseWindowSchema = oneOf(["30", "60", "90", "overdue"] as const);

export const listCasesInput = listInputSchema.extend({
  status: caseStatusSchema.optional(),
  priority: prioritySchema.optional(),
  assigneeId: idSchema.optional(),
  /** Due within 30, 60 or 90 days from today, or overdue (renewal date passed, case open). */
  window: caseWindowSchema.optional(),
  policyType: policyTypeSchema.optional(),
  carrier: carrierFilterSchema.optional(),
  batchId: idSchema.optional(),
  sort: oneOf(["renewalDate", "priority", "risk", "premium", "createdAt"] as const).optional(),
  order: sortDirectionSchema.optional(),
});

export const caseIdInput = z.object({ id: idSchema });

const coverageLineSchema = z.object({
  name: requiredText(120),
  priorLimit: optionalText(120),
  renewalLimit: optionalText(120),
  priorDeductible: optionalText(120),
  renewalDeductible: optionalText(120),
});

export const updateCaseInput = z.object({
  id: idSchema,
  /** renewed or failed close the case as markRenewed / markLost do (failed with lostReason, "other" by default). */
  status: caseStatusSchema.optional(),
  lostReason: lostReasonSchema.optional(),
  paymentStatus: paymentStatusSchema.optional(),
  paymentMethod: optionalText(60),
  paymentDate: dateSchema.nullish(),
  paymentAmount: moneySchema.nullish(),
  renewalPremium: moneySchema.nullish(),
  renewalCarrier: optionalText(120),
  coverages: z.array(coverageLineSchema).max(50).optional(),
  notes: optionalText(5_000),
});

export const assignCaseInput = z.object({ id: idSchema, userId: idSchema, note: z.string().trim().max(1_000).optional() });
export const assignCasesInput = z.object({ ids: z.array(idSchema).min(1).max(200), userId: idSchema, note: z.string().trim().max(1_000).optional() });
export const escalateCaseInput = z.object({ id: idSchema, toUserId: idSchema.optional(), reason: requiredText(2_000), priority: prioritySchema.optional() });
export const addCaseNoteInput = z.object({ id: idSchema, note: requiredText(5_000) });
export const logContactAttemptInput = z.object({
  id: idSchema,
  channel: contactChannelSchema,
  outcome: contactOutcomeSchema,
  note: z.string().trim().max(2_000).optional(),
  attemptedAt: pastDateSchema.optional(),
});
export const markRenewedInput = z.object({ id: idSchema, premium: moneySchema.optional(), effectiveDate: dateSchema.optional() });
export const markLostInput = z.object({ id: idSchema, reason: lostReasonSchema, note: z.string().trim().max(2_000).optional() });
export const openDueInput = z.object({}).optional();

const policySummary = z.object({ id: idOutput, policyNumber: z.string(), type: policyTypeSchema, carrier: z.string() });

export const caseListItemOutput = z.object({
  id: idOutput,
  caseNumber: z.string(),
  status: caseStatusSchema,
  priority: prioritySchema,
  renewalDate: z.date(),
  premium: z.number(),
  priorPremium: z.number(),
  renewalPremium: z.number().nullable(),
  riskScore: z.number().nullable(),
  paymentStatus: paymentStatusSchema,
  contactAttempts: z.number(),
  lastContactAt: z.date().nullable(),
  escalatedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  policy: policySummary,
  contact: namedRecordSchema,
  assignee: userSummarySchema.nullable(),
});

export const listCasesOutput = pageOf(caseListItemOutput);

const coverageLineOutput = z.object({
  name: z.string(),
  priorLimit: z.string().nullish(),
  renewalLimit: z.string().nullish(),
  priorDeductible: z.string().nullish(),
  renewalDeductible: z.string().nullish(),
});

const priorTermOutput = z.object({ premium: z.number(), startDate: z.date(), endDate: z.date(), carrier: z.string() });
const renewalTermOutput = z.object({ premium: z.number().nullable(), carrier: z.string(), renewalDate: z.date() });

export const caseOutput = caseListItemOutput.extend({
  batchId: idOutput.nullable(),
  notes: z.string().nullable(),
  policy: policySummary.extend({
    premium: z.number(),
    startDate: z.date(),
    endDate: z.date(),
    renewalDate: z.date().nullable(),
    status: policyStatusSchema,
    renewalRisk: z.number().nullable(),
  }),
  contact: personOutput,
  escalatedTo: userSummarySchema.nullable(),
  coverages: storedJson(z.array(coverageLineOutput)),
  priorTerm: priorTermOutput,
  renewalTerm: renewalTermOutput,
  premiumChangePercent: z.number().nullable(),
  payment: z.object({ status: paymentStatusSchema, method: z.string().nullable(), date: z.date().nullable(), amount: z.number().nullable() }),
  escalation: z.object({ to: userSummarySchema.nullable(), reason: z.string().nullable(), at: z.date() }).nullable(),
  lost: z.object({ reason: lostReasonSchema, note: z.string().nullable() }).nullable(),
  timeline: z.array(z.object({ id: idOutput, type: z.string(), title: z.string(), detail: z.string().nullable(), occurredAt: z.date(), actor: userSummarySchema.nullable() })),
  attempts: z.array(z.object({ id: idOutput, channel: contactChannelSchema, outcome: contactOutcomeSchema, note: z.string().nullable(), attemptedAt: z.date(), actor: userSummarySchema.nullable() })),
});

export const assignCasesOutput = z.object({ assigned: z.number(), ids: z.array(idOutput) });

export const caseBriefOutput = z.object({
  id: idOutput,
  caseNumber: z.string(),
  customer: personOutput,
  policy: z.object({ id: idOutput, policyNumber: z.string(), type: policyTypeSchema }),
  priorTerm: priorTermOutput,
  renewalTerm: renewalTermOutput,
  premiumChange: z.number().nullable(),
  premiumChangePercent: z.number().nullable(),
  coverages: z.array(coverageLineOutput),
  changes: z.array(z.string()),
  renewalRisk: z.object({ score: z.number(), band: z.string(), computedAt: z.date(), factors: z.array(scoreFactorOutput) }).nullable(),
  summary: z.string(),
  withheld: z.boolean(),
  /** The summary is the template (offline provider, or a model answer that wrote numbers of its own). */
  template: z.boolean(),
  provider: z.string(),
});

export const openDueOutput = z.object({ opened: z.number(), closed: z.number(), windowDays: z.number() });
