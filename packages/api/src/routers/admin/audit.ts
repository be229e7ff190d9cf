import { listAuditEntries } from "../../services/audit";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import { listAuditInput, listAuditOutput } from "./audit.schema";

// The audit log (audit:read: admins and compliance): every recorded change of the organization,
// newest first, by actor (a user, an API key, the copilot, the system), entity, action and date.
export const auditRouter = createTRPCRouter({
  list: requirePermission("audit:read").input(listAuditInput).output(listAuditOutput).query(serve(listAuditEntries)),
});
