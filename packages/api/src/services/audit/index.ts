export { auditedTransaction, describePendingAudit, withPendingAudit } from "./audited-transaction";
export { auditActorOf, recordAudit, redactSecrets, type AuditEntry } from "./record-audit";
export { auditEntrySelect, auditFilters, listAuditEntries, type ListAuditInput } from "./list-audit";
export { exportAuditEntries } from "./export-audit";
