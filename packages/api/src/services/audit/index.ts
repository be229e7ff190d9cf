export { recordAudit, redactSecrets, type AuditEntry } from "./record-audit";
