import { z } from "zod";
import { copilotEntityTypes } from "../../services/copilot/tools";
import { idSchema, listInputSchema } from "../shared.schema";

const historyTurn = z.object({
  role: z.enum(["user", "model"], { error: "must be user or model" }),
  text: z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(10_000, { error: "must be at most 10,000 characters" }),
});

export const copilotContextSchema = z.object({
  entityType: z.enum(["lead", "contact", "opportunity", "policy", "ticket", "renewalCase"], {
    error: "must be one of lead, contact, opportunity, policy, ticket, renewalCase",
  }),
  entityId: idSchema,
});

export const chatInput = z.object({
  conversationId: idSchema.optional(),
  history: z
    .array(historyTurn)
    .min(1, { error: "needs at least the user's message" })
    .max(60, { error: "at most 60 turns; start a new conversation" })
    .refine((turns) => turns.at(-1)?.role === "user", { error: "must end with the user's message" }),
  context: copilotContextSchema.optional(),
});

export const copilotActionSchema = z.object({
  kind: z.enum(["created", "updated", "logged", "drafted", "scheduled"]),
  entityType: z.enum(copilotEntityTypes),
  entityId: z.string().nullable(),
  label: z.string(),
});

export const functionCallSchema = z.object({
  name: z.string(),
  args: z.record(z.string(), z.unknown()),
  ok: z.boolean(),
  result: z.record(z.string(), z.unknown()).optional(),
  error: z.string().optional(),
});

export const chatOutput = z.object({
  conversationId: z.string(),
  chatResponse: z.string(),
  withheld: z.boolean(),
  functionCalls: z.array(functionCallSchema),
  actions: z.array(copilotActionSchema),
  provider: z.string(),
});

export const listConversationsInput = listInputSchema.pick({ cursor: true, limit: true }).default({ limit: 50 });
export const conversationIdInput = z.object({ id: idSchema });

const conversationSummary = z.object({ id: z.string(), title: z.string(), createdAt: z.date(), updatedAt: z.date() });

const pageMeta = { nextCursor: z.string().nullable(), total: z.number().nullable(), totalCapped: z.boolean() };

export const listConversationsOutput = z.object({ items: z.array(conversationSummary), ...pageMeta });

export const conversationOutput = conversationSummary.extend({
  messages: z.array(
    z.object({
      id: z.string(),
      role: z.enum(["user", "model"]),
      text: z.string(),
      functionCalls: z.array(functionCallSchema),
      actions: z.array(copilotActionSchema),
      provider: z.string().nullable(),
      withheld: z.boolean(),
      createdAt: z.date(),
    }),
  ),
});

export const deleteConversationOutput = z.object({ id: z.string() });

export const listBlockedResponsesInput = listInputSchema.pick({ cursor: true, limit: true }).default({ limit: 50 });

export const listBlockedResponsesOutput = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      feature: z.string(),
      reasons: z.array(z.string()),
      excerpt: z.string(),
      provider: z.string(),
      conversationId: z.string().nullable(),
      createdAt: z.date(),
      user: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
    }),
  ),
  ...pageMeta,
});
