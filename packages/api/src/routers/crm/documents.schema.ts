import { z } from "zod";
import { idOutput, listInputSchema, userSummarySchema } from "../shared.schema";

// What knowledge resources and training modules share (services/crm/documents): the publication
// lifecycle, the title, text and category rules, the list filters and the fields every summary shows.

export const publicationStatusSchema = z.enum(["draft", "published", "archived"], {
  error: "must be one of draft, published, archived",
});

const categorySchema = z.string().trim().min(1, { error: "must not be empty" }).max(80);

/** The list filters both kinds take (knowledge adds a tag). */
export const listDocumentsInput = listInputSchema.extend({
  category: categorySchema.optional(),
  status: publicationStatusSchema.optional(),
});

/** The input fields both kinds have. */
export const documentFields = {
  title: z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(200),
  content: z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(100_000),
  category: categorySchema.nullish(),
  status: publicationStatusSchema.optional(),
};

/** What every document summary shows besides its kind's own fields. */
export const documentSummaryOutput = z.object({
  id: idOutput,
  title: z.string(),
  category: z.string().nullable(),
  status: publicationStatusSchema,
  author: userSummarySchema.nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
