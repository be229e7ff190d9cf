export { exportLeads } from "./export-leads";
export { addLeadActivity, loggableLeadActivityTypes, type AddLeadActivityInput, type LoggableLeadActivityType } from "./add-lead-activity";
export { assignLead } from "./assign-lead";
export { convertLead, type ConversionResult } from "./convert-lead";
export { conversionMatches } from "./conversion-matches";
export { getLead } from "./get-lead";
export { commitLeadImport, getLeadImport, leadImportFields, leadImportStatus, listLeadImports, previewLeadImport, undoLeadImport } from "./import";
export { leadSorts, listLeads, type LeadSort, type ListLeadsInput } from "./list-leads";
export { createLead, deleteLead, updateLead, type CreateLeadInput, type UpdateLeadInput } from "./write-lead";
