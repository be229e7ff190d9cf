import { z } from "zod";
import { idOutput, idSchema, listInputSchema, pageOf, userSummarySchema } from "./shared.schema";
import { requiredText } from "./crm/record-fields.schema";

// `case` is a renewal case.
export const attachableEntityTypeSchema = z.enum(["contact", "policy", "claim", "case"], { error: "must be one of contact, policy, claim, case" });

const recordInput = { entityType: attachableEntityTypeSchema, entityId: idSchema };

export const uploadFileInput = z.object({
  ...recordInput,
  filename: requiredText(255),
  contentType: requiredText(150),
  /** The file's bytes in base64; the size limit (FILES_MAX_BYTES, 10 MB by default) is checked on the decoded size. */
  content: z.string({ error: "is required" }).min(1, { error: "is required" }),
});

export const listFilesInput = listInputSchema.omit({ search: true }).extend(recordInput);

export const fileIdInput = z.object({ id: idSchema });

export const fileOutput = z.object({
  id: idOutput,
  entityType: z.enum(["case", "contact", "policy", "claim"]),
  entityId: idOutput,
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  createdAt: z.date(),
  uploadedBy: userSummarySchema.nullable(),
  /** GET it with the session cookie or an API key. */
  url: z.string(),
});

export const listFilesOutput = pageOf(fileOutput);
