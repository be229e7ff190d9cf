export { contactMergeFields, leadMergeFields, mergeEntityTypes, type FieldChoice, type MergeEntityType } from "./merge-fields";
export { mergeContacts, mergeLeads } from "./merge-records";
export { undoMergeOf } from "./undo-merge";
