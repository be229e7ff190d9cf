import { z } from "zod";
import { idOutput, idSchema, linkUrlSchema, listInputSchema, pageOf, userSummarySchema } from "../shared.schema";

export const publicationStatusSchema = z.enum(["draft", "published", "archived"], {
  error: "must be one of draft, published, archived",
});

const titleSchema = z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(200);
const contentSchema = z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(100_000);
const categorySchema = z.string().trim().min(1, { error: "must not be empty" }).max(80);

export const listKnowledgeInput = listInputSchema.extend({
  category: categorySchema.optional(),
  tag: z.string().trim().min(1).max(60).optional(),
  status: publicationStatusSchema.optional(),
});

export const knowledgeIdInput = z.object({ id: idSchema });

const knowledgeFields = {
  title: titleSchema,
  summary: z.string().trim().max(1000).nullish(),
  content: contentSchema,
  category: categorySchema.nullish(),
  tags: z.array(z.string().trim().min(1).max(60)).max(30).optional(),
  url: linkUrlSchema.nullish(),
  status: publicationStatusSchema.optional(),
};

export const createKnowledgeInput = z.object(knowledgeFields);

export const updateKnowledgeInput = z.object({ id: idSchema, ...z.object(knowledgeFields).partial().shape });

export const searchKnowledgeInput = z.object({
  q: z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(200),
  limit: z.number().int().min(1).max(20).default(5),
});

const knowledgeSummaryOutput = z.object({
  id: idOutput,
  title: z.string(),
  summary: z.string().nullable(),
  category: z.string().nullable(),
  tags: z.array(z.string()),
  url: z.string().nullable(),
  status: publicationStatusSchema,
  author: userSummarySchema.nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const listKnowledgeOutput = pageOf(knowledgeSummaryOutput);

export const knowledgeOutput = knowledgeSummaryOutput.extend({ content: z.string() });

export const searchKnowledgeOutput = z.object({
  items: z.array(
    z.object({
      id: idOutput,
      title: z.string(),
      summary: z.string().nullable(),
      category: z.string().nullable(),
      tags: z.array(z.string()),
      url: z.string().nullable(),
      updatedAt: z.date(),
      rank: z.number(),
      snippet: z.string(),
    }),
  ),
});
