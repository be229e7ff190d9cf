import { bulkAssign, bulkDelete, bulkSetStatus, bulkTag, exportSelection } from "../../services/crm/bulk";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import { csvExportOutput } from "../shared.schema";
import { bulkAssignInput, bulkDeleteInput, bulkExportInput, bulkResultOutput, bulkSetStatusInput, bulkTagInput } from "./bulk.schema";

// One action over many records of one list (leads, contacts, deals, tasks, policies): the ids
// ticked on screen or every record the list's filter matches. Each runs in one transaction within
// the caller's record scope (records outside it are counted as skipped, never touched) and is
// audited with the entity it acted on and the ids it changed.

const write = requirePermission("crm:write", { auditEntity: "bulk_selection" });

export const bulkRouter = createTRPCRouter({
  /** A new owner (assignee for tasks), by the assignment rule of one record; the receiver is notified once. */
  assign: write.input(bulkAssignInput).output(bulkResultOutput).mutation(serve(bulkAssign)),

  /** Lead status, deal stage, task status or policy status. */
  setStatus: write.input(bulkSetStatusInput).output(bulkResultOutput).mutation(serve(bulkSetStatus)),

  /** Adds and removes tags on leads, contacts or deals. */
  tag: write.input(bulkTagInput).output(bulkResultOutput).mutation(serve(bulkTag)),

  /** Into the trash (crm.trash.restore brings each back). */
  delete: requirePermission("crm:delete", { auditEntity: "bulk_selection" }).input(bulkDeleteInput).output(bulkResultOutput).mutation(serve(bulkDelete)),

  /** The selection as the list's CSV (the caller's scope, formula cells neutralized); audited. */
  export: requirePermission("crm:read", { auditEntity: "bulk_selection" }).input(bulkExportInput).output(csvExportOutput).mutation(serve(exportSelection)),
});
