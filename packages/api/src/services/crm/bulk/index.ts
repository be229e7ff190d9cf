export { bulkAssign } from "./bulk-assign";
export { bulkDelete } from "./bulk-delete";
export { BULK_MAX_RECORDS } from "./bulk-limits";
export { countOf, notifyReceiver, recordTimeline, setOwner } from "./bulk-records";
export { bulkEntities, exportSelection, type BulkEntity, type BulkSelection } from "./bulk-selection";
export { bulkSetStatus, type BulkSetStatusInput } from "./bulk-status";
export { bulkTag } from "./bulk-tag";
export { type BulkResult } from "./run-bulk";
