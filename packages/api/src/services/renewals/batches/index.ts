export { APPLY_CHUNK, applyBatchChunk, beginBatch, finishBatch } from "./apply-batch";
export { batchStatus, listBatches } from "./batch-status";
export { RENEWAL_TEMPLATE_HEADER, suggestRenewalMapping, validateRenewalRow, type RenewalRow } from "./renewal-file-row";
export { startBatch } from "./start-batch";
export { uploadBatch, type UploadBatchInput } from "./upload-batch";
