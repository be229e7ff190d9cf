import type { RenewalBatchStatus } from "@harbor/db";
import { z } from "zod";
import { importFileFields } from "../crm/leads.schema";
import { oneOf, policyTypeSchema } from "../crm/record-fields.schema";
import { idOutput, idSchema, listInputSchema, pageOf, userSummarySchema } from "../shared.schema";

export const batchStatusSchema = oneOf(["validated", "processing", "completed", "completed_with_errors", "failed"] as const satisfies readonly RenewalBatchStatus[]);

/** A renewal file in the documented template (policy_number, customer_first_name, … agent_email). */
export const uploadBatchInput = z.object({ ...importFileFields, policyType: policyTypeSchema.optional() });
export const batchIdInput = z.object({ id: idSchema });
export const listBatchesInput = listInputSchema.extend({ status: batchStatusSchema.optional() });

const batchFields = {
  id: idOutput,
  filename: z.string(),
  status: batchStatusSchema,
  policyType: policyTypeSchema.nullable(),
  totalRecords: z.number(),
  validRecords: z.number(),
  processed: z.number(),
  successful: z.number(),
  failed: z.number(),
  /** Why a batch waits (could not be queued) or failed. */
  message: z.string().nullable(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  createdAt: z.date(),
  uploadedBy: userSummarySchema.nullable(),
};

/** Upload, start and status answer the batch with its rejected rows (spreadsheet row numbers: the header is row 1). */
export const batchOutput = z.object({
  batchId: idOutput,
  ...batchFields,
  duplicate: z.boolean(),
  errors: z.array(z.object({ row: z.number(), field: z.string().nullable(), error: z.string() })),
  rowsWithErrors: z.number(),
});

export const listBatchesOutput = pageOf(z.object(batchFields));
