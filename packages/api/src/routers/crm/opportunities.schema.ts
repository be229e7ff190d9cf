import { z } from "zod";
import { opportunityActivityTypes, opportunityFilters, opportunitySorts } from "../../services/crm/opportunities";
import { idOutput, idSchema, listInputSchema, namedRecordSchema, pageOf, userSummarySchema } from "../shared.schema";
import { listedProbabilityOutput, storedScoreOutput } from "./score.schema";
import {
  activityOutput,
  dateSchema,
  moneySchema,
  oneOf,
  optionalText,
  pastDateSchema,
  prioritySchema,
  requiredText,
  sentimentSchema,
  sortDirectionSchema,
  stageSchema,
  tagsSchema,
  timeZoneSchema,
} from "./record-fields.schema";

export const listOpportunitiesInput = listInputSchema.extend({
  filter: oneOf(opportunityFilters).default("all"),
  stage: stageSchema.optional(),
  ownerId: idSchema.optional(),
  contactId: idSchema.optional(),
  sort: oneOf(opportunitySorts).default("createdAt"),
  order: sortDirectionSchema.optional(),
  timeZone: timeZoneSchema.optional(),
});

const signalsSchema = z.array(z.string().trim().min(1).max(200)).max(20);

const opportunityFields = {
  value: moneySchema.optional(),
  expectedCloseDate: dateSchema.nullish(),
  priority: prioritySchema.optional(),
  description: optionalText(5_000),
  competitor: optionalText(120),
  tags: tagsSchema.optional(),
  riskFactors: signalsSchema.optional(),
  positiveSignals: signalsSchema.optional(),
  contactId: idSchema.nullish(),
  leadId: idSchema.nullish(),
  ownerId: idSchema.optional(),
};

export const createOpportunityInput = z.object({ title: requiredText(200), stage: stageSchema.optional(), ...opportunityFields });

export const updateOpportunityInput = z.object({ id: idSchema, title: requiredText(200).optional(), ...opportunityFields });

export const opportunityIdInput = z.object({ id: idSchema });

/** lostReason is required when stage is closed_lost (the service names the field). */
export const moveStageInput = z.object({ id: idSchema, stage: stageSchema, lostReason: optionalText(500) });

export const addOpportunityActivityInput = z.object({
  opportunityId: idSchema,
  type: oneOf(opportunityActivityTypes),
  title: optionalText(200).transform((value) => value ?? undefined),
  description: requiredText(10_000),
  outcome: optionalText(500).transform((value) => value ?? undefined),
  nextStep: optionalText(500).transform((value) => value ?? undefined),
  sentiment: sentimentSchema.optional(),
  occurredAt: pastDateSchema.optional(),
});

export const forecastInput = z.object({ timeZone: timeZoneSchema.optional() }).optional();

export const stageStatsInput = z.object({}).optional();

const opportunityFieldsOutput = z.object({
  id: idOutput,
  title: z.string(),
  stage: stageSchema,
  probability: z.number(),
  value: z.number(),
  priority: prioritySchema,
  expectedCloseDate: z.date().nullable(),
  stageEnteredAt: z.date(),
  lastActivityAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  tags: z.array(z.string()),
  createdAt: z.date(),
  contact: namedRecordSchema.extend({ company: z.string().nullable() }).nullable(),
  owner: userSummarySchema.nullable(),
});

export const listOpportunitiesOutput = pageOf(opportunityFieldsOutput.extend({ scores: z.object({ probability: listedProbabilityOutput }) }));

/** One opportunity with every field of its own: create, update and the base of get. */
export const opportunityOutput = opportunityFieldsOutput.extend({
  description: z.string().nullable(),
  competitor: z.string().nullable(),
  lostReason: z.string().nullable(),
  riskFactors: z.array(z.string()),
  positiveSignals: z.array(z.string()),
  updatedAt: z.date(),
  ownerId: idOutput.nullable(),
  contactId: idOutput.nullable(),
  leadId: idOutput.nullable(),
  lead: namedRecordSchema.nullable(),
});

export const opportunityDetailOutput = opportunityOutput.extend({
  scores: z.object({ probability: storedScoreOutput }),
  stageHistory: z.array(
    z.object({
      id: idOutput,
      fromStage: stageSchema.nullable(),
      toStage: stageSchema,
      probability: z.number(),
      changedAt: z.date(),
      changedBy: userSummarySchema.nullable(),
    }),
  ),
  timeline: z.array(activityOutput),
});

export const moveStageOutput = opportunityOutput.extend({ previousStage: stageSchema });

export const forecastOutput = z.object({
  openDeals: z.number(),
  totalPipeline: z.number(),
  weightedForecast: z.number(),
  dealsClosingThisMonth: z.number(),
  monthlyForecast: z.number(),
  month: z.object({ start: z.date(), end: z.date() }),
});

export const stageStatsOutput = z.array(
  z.object({ stage: stageSchema, count: z.number(), totalValue: z.number(), avgProbability: z.number(), avgDaysInStage: z.number() }),
);

/** The list's filters and sort, without its page: crm.opportunities.export writes every matching row. */
export const exportOpportunitiesInput = listOpportunitiesInput.omit({ cursor: true, limit: true });
