import { z } from "zod";
import { idOutput, idSchema, listInputSchema, namedRecordSchema, pageOf, storedJson, userSummarySchema } from "../shared.schema";
import { optionalText, requiredText } from "../crm/record-fields.schema";

export const surveyStatusSchema = z.enum(["draft", "published", "closed"], { error: "must be one of draft, published, closed" });
export const questionTypeSchema = z.enum(["nps", "rating", "choice", "text"], { error: "must be one of nps, rating, choice, text" });

export const surveyQuestionSchema = z
  .object({
    id: z
      .string({ error: "is required" })
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,40}$/, { error: "must be 1–40 letters, digits, _ or -" }),
    type: questionTypeSchema,
    text: requiredText(500),
    options: z.array(requiredText(200)).min(2, { error: "a choice needs at least 2 options" }).max(20).optional(),
    required: z.boolean().optional(),
  })
  .refine((question) => question.type !== "choice" || (question.options?.length ?? 0) >= 2, {
    error: "a choice question needs at least 2 options",
    path: ["options"],
  })
  .refine((question) => question.type === "choice" || question.options === undefined, {
    error: "only a choice question has options",
    path: ["options"],
  });

const questionsSchema = z.array(surveyQuestionSchema).min(1, { error: "a survey needs at least one question" }).max(50);

export const listSurveysInput = listInputSchema.extend({ status: surveyStatusSchema.optional() });

export const surveyIdInput = z.object({ id: idSchema });

export const createSurveyInput = z.object({
  title: requiredText(200),
  description: optionalText(2_000),
  questions: questionsSchema,
});

export const updateSurveyInput = z.object({
  id: idSchema,
  title: requiredText(200).optional(),
  description: optionalText(2_000),
  questions: questionsSchema.optional(),
});

export const inviteSurveyInput = z.object({
  id: idSchema,
  contactIds: z.array(idSchema).min(1, { error: "name at least one contact" }).max(500, { error: "at most 500 contacts at a time" }),
});

const storedQuestionSchema = z.object({
  id: z.string(),
  type: questionTypeSchema,
  text: z.string(),
  options: z.array(z.string()).optional(),
  required: z.boolean().optional(),
});

export const surveyOutput = z.object({
  id: idOutput,
  title: z.string(),
  description: z.string().nullable(),
  status: surveyStatusSchema,
  questions: storedJson(z.array(storedQuestionSchema)),
  /** The open link while the survey is published. */
  publicUrl: z.string().nullable(),
  publishedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  responseCount: z.number(),
  inviteCount: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
  createdBy: userSummarySchema.nullable(),
});

export const listSurveysOutput = pageOf(surveyOutput);

export const publishSurveyOutput = z.object({ id: idOutput, url: z.string(), token: z.string() });

export const inviteSurveyOutput = z.object({
  id: idOutput,
  invites: z.array(z.object({ contactId: idOutput, token: z.string(), url: z.string() })),
  skipped: z.array(z.object({ contactId: idOutput, reason: z.enum(["already_responded", "do_not_contact"]) })),
});

const npsOutput = z.object({ score: z.number(), promoters: z.number(), passives: z.number(), detractors: z.number(), responses: z.number() });

export const surveyResultsOutput = z.object({
  id: idOutput,
  title: z.string(),
  status: surveyStatusSchema,
  responseCount: z.number(),
  invited: z.number(),
  invitesAnswered: z.number(),
  /** The first nps question's. */
  nps: npsOutput.nullable(),
  questions: z.array(
    z.object({
      id: z.string(),
      type: questionTypeSchema,
      text: z.string(),
      answered: z.number(),
      distribution: z.array(z.object({ value: z.string(), count: z.number() })),
      average: z.number().nullable(),
      nps: npsOutput.nullable(),
    }),
  ),
  /** The latest responses, newest first. */
  responses: z.array(
    z.object({
      id: idOutput,
      createdAt: z.date(),
      contact: namedRecordSchema.nullable(),
      answers: storedJson(z.record(z.string(), z.union([z.number(), z.string()]))),
    }),
  ),
});
