import { requirePermission } from "../../trpc";

/**
 * The procedures of the knowledge hub's documents (knowledge resources, training modules):
 * everyone reads the published ones; knowledge:write (admin, manager) also sees drafts and
 * archived ones, and writes them, audited as `auditEntity`.
 */
export function documentProcedures(auditEntity: string) {
  return { read: requirePermission("crm:read"), write: requirePermission("knowledge:write", { auditEntity }) };
}
