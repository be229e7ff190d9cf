import { z } from "zod";
import { opportunityActivityTypes, opportunityFilters, opportunitySorts } from "../../services/crm/opportunities";
import { idSchema, listInputSchema } from "../shared.schema";
import {
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

export const moveStageInput = z.object({ id: idSchema, stage: stageSchema });

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
