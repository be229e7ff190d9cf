import { exportAuditEntries, listAuditEntries } from "../../services/audit";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import { csvExportOutput } from "../shared.schema";
import { exportAuditInput, listAuditInput, listAuditOutput } from "./audit.schema";

// The audit log (audit:read: admins and compliance): every recorded change of the organization,
// newest first, by actor (a user, an API key, the copilot, the system), entity, action and date.
export const auditRouter = createTRPCRouter({
  list: requirePermission("audit:read").input(listAuditInput).output(listAuditOutput).query(serve(listAuditEntries)),

  /** The filtered log as CSV (formula cells neutralized), at most 10,000 rows; the export itself is audited. */
  export: requirePermission("audit:read", { auditEntity: "audit_log" }).input(exportAuditInput).output(csvExportOutput).mutation(serve(exportAuditEntries)),
});
