import { listExporter } from "../export";
import { listAuditEntries } from "./list-audit";

/** The audit log as CSV with admin.audit.list's filters, newest first, through the one list exporter. */
export const exportAuditEntries = listExporter("audit-log", listAuditEntries, [
  { header: "When", value: (row) => row.createdAt },
  { header: "Actor type", value: (row) => row.actorType },
  { header: "Actor", value: (row) => row.actor?.name },
  { header: "Actor id", value: (row) => row.actor?.id },
  { header: "API key id", value: (row) => row.apiKeyId },
  { header: "Action", value: (row) => row.action },
  { header: "Entity", value: (row) => row.entityType },
  { header: "Entity id", value: (row) => row.entityId },
  // The recorded input, secrets already redacted when the row was written (record-audit.ts).
  { header: "Changes", value: (row) => (row.changes === null ? null : JSON.stringify(row.changes)) },
]);
