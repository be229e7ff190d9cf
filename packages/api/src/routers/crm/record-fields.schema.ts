import type { ActivityType, PolicyStatus, PolicyType, Priority, Sentiment } from "@harbor/db";
import { z } from "zod";
import { opportunityStages } from "../../services/crm/opportunities/stages";
import { isValidTimeZone } from "../../services/time-zone";
import { feedPageInputSchema, idOutput, idSchema, pageOf, userSummarySchema } from "../shared.schema";

// Field schemas shared by the contacts, policies, opportunities and tasks inputs and outputs. Enum values are
// spelled out (checked against the Prisma types) so these schemas can be imported without the
// database client.

export const optionalText = (max: number) => z.string().trim().max(max, { error: `must be at most ${max} characters` }).nullish();

export const requiredText = (max: number) =>
  z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(max, { error: `must be at most ${max} characters` });

export const dateSchema = z.date({ error: "must be a date" });

/** A moment that has happened (a call, a meeting): not in the future, give or take clock skew. */
export const pastDateSchema = dateSchema.refine((date) => date.getTime() <= Date.now() + 5 * 60_000, { error: "cannot be in the future" });

export const phoneSchema = z
  .string()
  .trim()
  .max(40, { error: "must be at most 40 characters" })
  .regex(/^\+?[\d\s().-]{3,}$/, { error: "must be a phone number (digits, spaces, + ( ) . -)" });

export const tagsSchema = z.array(z.string().trim().min(1, { error: "cannot be empty" }).max(50)).max(30, { error: "at most 30 tags" });

/** The one tag a list is filtered by (leads, contacts). */
export const tagFilterSchema = z.string().trim().min(1).max(50);

/** The carrier a list is filtered by (policies, renewal cases). */
export const carrierFilterSchema = z.string().trim().min(1).max(120);

export const scoreSchema = z.number({ error: "must be a number" }).int({ error: "must be a whole number" }).min(0).max(100);

/** Money as Decimal(12,2): non-negative, rounded to cents. */
export const moneySchema = z
  .number({ error: "must be a number" })
  .min(0, { error: "cannot be negative" })
  .max(9_999_999_999.99, { error: "is too large" })
  .transform((value) => Math.round(value * 100) / 100);

export const timeZoneSchema = z.string().max(64).refine(isValidTimeZone, { error: "must be an IANA time zone such as America/New_York" });

/**
 * Sort order of list inputs, named `order`: tRPC's infinite queries add their own `direction`
 * ("forward"/"backward") to the input, so that name is taken.
 */
export const sortDirectionSchema = z.enum(["asc", "desc"], { error: "must be asc or desc" });

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(", ")}` });

export const sentimentSchema = oneOf(["positive", "neutral", "negative"] as const satisfies readonly Sentiment[]);
export const prioritySchema = oneOf(["low", "medium", "high", "urgent"] as const satisfies readonly Priority[]);
export const policyTypeSchema = oneOf(["auto", "home", "life", "health", "commercial", "umbrella", "renters", "other"] as const satisfies readonly PolicyType[]);
export const policyStatusSchema = oneOf(["active", "pending", "lapsed", "cancelled", "expired"] as const satisfies readonly PolicyStatus[]);
export const stageSchema = oneOf(opportunityStages);
export const activityTypeSchema = oneOf([
  "note",
  "call",
  "email",
  "sms",
  "meeting",
  "status_change",
  "stage_change",
  "task",
  "email_opened",
  "page_visit",
  "system",
  "policy_change",
  "ticket",
  "record_update",
] as const satisfies readonly ActivityType[]);
export { oneOf };

/** One timeline entry (services/crm/activities.ts), shared by leads, contacts and opportunities. */
export const activityOutput = z.object({
  id: idOutput,
  type: activityTypeSchema,
  title: z.string(),
  description: z.string().nullable(),
  outcome: z.string().nullable(),
  nextStep: z.string().nullable(),
  sentiment: sentimentSchema.nullable(),
  occurredAt: z.date(),
  leadId: idOutput.nullable(),
  contactId: idOutput.nullable(),
  opportunityId: idOutput.nullable(),
  actor: userSummarySchema.nullable(),
});

/** A page of one contact's or lead's timeline: newest first, optionally only some kinds of activity. */
export const timelinePageInput = z.object({
  id: idSchema,
  ...feedPageInputSchema.shape,
  types: z.array(activityTypeSchema).max(20).optional(),
});

export const timelinePageOutput = pageOf(activityOutput);
