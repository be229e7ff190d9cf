export { commitLeadImport, IMPORT_BATCH_SIZE, type CommitLeadImportInput, type OnDuplicate } from "./commit-lead-import";
export { leadImportFields, mappingProblems, suggestLeadMapping, type LeadImportField, type LeadImportMapping } from "./map-lead-headers";
export { MAX_PREVIEW_PROBLEMS, previewLeadImport, type PreviewLeadImportInput } from "./preview-lead-import";
export { openLeadFile, type FileRow, type LeadFile, type LeadFileFormat } from "./read-lead-file";
export { formatBytes, importLimits, limitExceeded, type ImportLimits } from "./import-limits";
export { mappedValues, parseMoney } from "./lead-import-row";
export { applyLeadImportChunk, beginLeadImport, finishLeadImport, leadImportStatus, queueLeadImport } from "./queued-import";
export { getLeadImport, listLeadImports, type ListLeadImportsInput } from "./lead-import-history";
export { undoLeadImport, type UndoLeadImportResult } from "./undo-lead-import";
