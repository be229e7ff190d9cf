import { COMPOSE_TONES, MESSAGE_INTENTS, QUERY_INTENTS } from "@harbor/ai";
import { z } from "zod";
import { importTargets } from "../../services/copilot/import-targets";
import { insightEntityTypes } from "../../services/copilot/record-facts";
import { storedInsightEntityTypes } from "../../services/copilot/record-insights";
import { timeZoneSchema } from "../crm/record-fields.schema";
import { idSchema } from "../shared.schema";

const text = (max: number) => z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(max, { error: `must be at most ${max} characters` });
const providerSchema = z.enum(["gemini", "offline"]);
const sourceSchema = z.object({ entityType: z.string(), entityId: z.string() });

export const mapHeadersInput = z.object({
  target: z.enum(importTargets, { error: `must be one of ${importTargets.join(", ")}` }),
  headers: z.array(z.string().max(200)).min(1, { error: "needs at least one header" }).max(200),
  sampleRows: z.array(z.array(z.string().max(1_000)).max(200)).max(20).optional(),
});

export const mapHeadersOutput = z.object({
  target: z.enum(importTargets),
  mappings: z.array(z.object({ header: z.string(), field: z.string().nullable(), confidence: z.number() })),
  fields: z.array(z.object({ name: z.string(), label: z.string() })),
  provider: providerSchema,
});

export const queryInput = z.object({ q: text(500), timeZone: timeZoneSchema.optional() });

export const queryOutput = z.object({
  intent: z.enum(QUERY_INTENTS),
  filters: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])),
  entities: z.array(z.object({ type: z.string(), value: z.string() })),
  suggestedRoute: z.string(),
  provider: providerSchema,
});

export const composeInput = z.object({
  context: text(10_000),
  draft: z.string().max(10_000).optional(),
  tone: z.enum(COMPOSE_TONES, { error: `must be one of ${COMPOSE_TONES.join(", ")}` }).default("friendly"),
  recipientName: z.string().trim().max(120).optional(),
  purpose: z.string().trim().max(500).optional(),
});

export const composeOutput = z.object({
  draft: z.string(),
  subject: z.string().optional(),
  suggestions: z.array(z.string()),
  tone: z.enum(COMPOSE_TONES),
  alternatives: z.array(z.object({ tone: z.enum(COMPOSE_TONES), preview: z.string() })),
  provider: providerSchema,
  withheld: z.boolean(),
});

export const analyzeMessageInput = z.object({ text: text(20_000), context: z.string().max(10_000).optional() });

export const analyzeMessageOutput = z.object({
  sentiment: z.object({ label: z.enum(["positive", "neutral", "negative"]), confidence: z.number() }),
  intent: z.enum(MESSAGE_INTENTS),
  urgency: z.enum(["high", "medium", "low"]),
  keyTopics: z.array(z.string()),
  emotionalTone: z.string(),
  actionItems: z.array(z.string()),
  suggestedResponse: z.string(),
  provider: providerSchema,
  withheld: z.boolean(),
});

export const insightsInput = z.object({
  entityType: z.enum(insightEntityTypes, { error: `must be one of ${insightEntityTypes.join(", ")}` }),
  entityId: idSchema,
});

const insightSchema = z.object({ text: z.string(), citations: z.array(sourceSchema) });

export const insightsOutput = z.object({
  entityType: z.enum(insightEntityTypes),
  entityId: z.string(),
  title: z.string(),
  summary: z.string(),
  risks: z.array(insightSchema),
  nextBestActions: z.array(insightSchema),
  facts: z.array(z.object({ label: z.string(), value: z.string(), source: sourceSchema.optional() })),
  provider: providerSchema,
  withheld: z.boolean(),
});

export const latestInsightsInput = z.object({
  entityType: z.enum(storedInsightEntityTypes, { error: `must be one of ${storedInsightEntityTypes.join(", ")}` }),
  entityId: idSchema,
});

/** The insights the hourly job stored for the record, or null before its first run reached it. */
export const latestInsightsOutput = z
  .object({
    entityType: z.enum(storedInsightEntityTypes),
    entityId: z.string(),
    summary: z.string(),
    risks: z.array(insightSchema),
    nextBestActions: z.array(insightSchema),
    provider: z.string(),
    generatedAt: z.date(),
  })
  .nullable();
