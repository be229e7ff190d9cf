import { z } from "zod";
import { aiFeatures } from "../../services/copilot/ai-settings";

export const getAiSettingsInput = z.object({}).optional();

const featureSwitches = z.object(Object.fromEntries(aiFeatures.map((feature) => [feature, z.boolean()])) as Record<(typeof aiFeatures)[number], z.ZodBoolean>);

export const updateAiSettingsInput = z.object({
  provider: z.enum(["gemini", "offline"], { error: "must be gemini or offline" }).optional(),
  model: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{1,100}$/, { error: "must be a model name such as gemini-2.5-flash" })
    .nullish(),
  /** A new key replaces the stored one; null removes it; omitted keeps it. */
  apiKey: z.string().trim().min(8, { error: "must be at least 8 characters" }).max(500).nullish(),
  temperature: z.number({ error: "must be a number" }).min(0).max(2),
  maxTokens: z.number().int().min(64).max(65_536),
  features: featureSwitches.partial(),
  blockedTopics: z.array(z.string().trim().min(2, { error: "must be at least 2 characters" }).max(100)).max(100, { error: "at most 100 topics" }),
  rateLimitPerMinute: z.number().int().min(1).max(600),
}).partial({ temperature: true, maxTokens: true, features: true, blockedTopics: true, rateLimitPerMinute: true });

export const aiSettingsOutput = z.object({
  provider: z.enum(["gemini", "offline"]),
  model: z.string().nullable(),
  apiKeyMasked: z.string().nullable(),
  hasApiKey: z.boolean(),
  temperature: z.number(),
  maxTokens: z.number(),
  features: featureSwitches,
  blockedTopics: z.array(z.string()),
  rateLimitPerMinute: z.number(),
  updatedAt: z.date().nullable(),
});
