import { batchStatus, listBatches, startBatch, uploadBatch } from "../../services/renewals/batches";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import { batchIdInput, batchOutput, listBatchesInput, listBatchesOutput, uploadBatchInput } from "./batches.schema";

// Renewal files (spec 001's upload): validated whole on upload, applied by the worker in chunks.
// Uploading, and reading the files with their rejected rows, is for managers and admins
// (renewals:upload); agents find the cases a file opened in their worklist.

const upload = requirePermission("renewals:upload", { auditEntity: "renewal_batch" });
const read = requirePermission("renewals:upload");

export const batchesRouter = createTRPCRouter({
  /** → { batchId, totalRecords, validRecords, status, errors: [{ row, field, error }] }; the same file again answers duplicate: true. */
  upload: upload.input(uploadBatchInput).output(batchOutput).mutation(serve(uploadBatch)),

  /** Queues a validated batch again (when it could not be queued) or a failed one with rows left. */
  start: upload.input(batchIdInput).output(batchOutput).mutation(serve(startBatch)),

  status: read.input(batchIdInput).output(batchOutput).query(serve(batchStatus)),

  list: read.input(listBatchesInput).output(listBatchesOutput).query(serve(listBatches)),
});
