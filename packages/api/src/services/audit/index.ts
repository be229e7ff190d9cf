export { auditedTransaction, withPendingAudit } from "./audited-transaction";
export { auditActorOf, recordAudit, redactSecrets, type AuditEntry } from "./record-audit";
