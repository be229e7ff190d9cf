import { z } from "zod";
import { idSchema, linkUrlSchema, pageOf } from "../shared.schema";
import { documentFields, documentSummaryOutput, listDocumentsInput } from "./documents.schema";

export { publicationStatusSchema } from "./documents.schema";

export const listKnowledgeInput = listDocumentsInput.extend({ tag: z.string().trim().min(1).max(60).optional() });

export const knowledgeIdInput = z.object({ id: idSchema });

const knowledgeFields = {
  ...documentFields,
  summary: z.string().trim().max(1000).nullish(),
  tags: z.array(z.string().trim().min(1).max(60)).max(30).optional(),
  url: linkUrlSchema.nullish(),
};

export const createKnowledgeInput = z.object(knowledgeFields);

export const updateKnowledgeInput = z.object({ id: idSchema, ...z.object(knowledgeFields).partial().shape });

export const searchKnowledgeInput = z.object({
  q: z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(200),
  limit: z.number().int().min(1).max(20).default(5),
});

/** What a resource adds to a document: its summary, tags and source link. */
const resourceFieldsOutput = z.object({ summary: z.string().nullable(), tags: z.array(z.string()), url: z.string().nullable() });

const knowledgeSummaryOutput = documentSummaryOutput.extend(resourceFieldsOutput.shape);

export const listKnowledgeOutput = pageOf(knowledgeSummaryOutput);

export const knowledgeOutput = knowledgeSummaryOutput.extend({ content: z.string() });

export const searchKnowledgeOutput = z.object({
  items: z.array(
    documentSummaryOutput
      .pick({ id: true, title: true, category: true, updatedAt: true })
      .extend({ ...resourceFieldsOutput.shape, rank: z.number(), snippet: z.string() }),
  ),
});
