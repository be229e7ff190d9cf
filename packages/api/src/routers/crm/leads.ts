import {
  addLeadActivity,
  assignLead,
  commitLeadImport,
  convertLead,
  createLead,
  deleteLead,
  exportLeads,
  getLead,
  leadImportStatus,
  listLeads,
  previewLeadImport,
  updateLead,
} from "../../services/crm/leads";
import { csvExportOutput } from "../shared.schema";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import {
  addLeadActivityInput,
  assignLeadInput,
  commitLeadImportInput,
  commitLeadImportOutput,
  leadImportStatusInput,
  leadImportStatusOutput,
  convertLeadOutput,
  createLeadInput,
  deleteLeadOutput,
  exportLeadsInput,
  leadDetailOutput,
  leadIdInput,
  leadOutput,
  listLeadsInput,
  listLeadsOutput,
  previewLeadImportInput,
  previewLeadImportOutput,
  updateLeadInput,
} from "./leads.schema";
import { activityOutput } from "./record-fields.schema";

const read = requirePermission("crm:read");
const write = requirePermission("crm:write", { auditEntity: "lead" });
const importLeads = requirePermission("crm:import", { auditEntity: "lead_import" });

export const leadImportRouter = createTRPCRouter({
  preview: importLeads.input(previewLeadImportInput).output(previewLeadImportOutput).mutation(serve(previewLeadImport)),

  /** Imports a file; past IMPORT_QUEUE_ABOVE_ROWS data rows it queues a worker job and answers { status: "queued", importId }. */
  commit: importLeads.input(commitLeadImportInput).output(commitLeadImportOutput).mutation(serve(commitLeadImport)),

  /** A queued import's progress and outcome (the uploader's own; admins any of the organization's). */
  status: requirePermission("crm:import").input(leadImportStatusInput).output(leadImportStatusOutput).query(serve(leadImportStatus)),
});

export const leadsRouter = createTRPCRouter({
  list: read.input(listLeadsInput).output(listLeadsOutput).query(serve(listLeads)),

  /** The list as CSV (formula cells neutralized), at most 10,000 rows, with the list's filters and sort; audited. */
  export: requirePermission("crm:read", { auditEntity: "lead" }).input(exportLeadsInput).output(csvExportOutput).mutation(serve(exportLeads)),

  get: read.input(leadIdInput).output(leadDetailOutput).query(serve(getLead)),

  create: write.input(createLeadInput).output(leadOutput).mutation(serve(createLead)),

  update: write.input(updateLeadInput).output(leadOutput).mutation(serve(updateLead)),

  delete: requirePermission("crm:delete", { auditEntity: "lead" })
    .input(leadIdInput)
    .output(deleteLeadOutput)
    .mutation(serve(deleteLead)),

  assign: write.input(assignLeadInput).output(leadOutput).mutation(serve(assignLead)),

  addActivity: requirePermission("crm:write", { auditEntity: "activity" })
    .input(addLeadActivityInput)
    .output(activityOutput)
    .mutation(serve(addLeadActivity)),

  convert: write.input(leadIdInput).output(convertLeadOutput).mutation(serve(convertLead)),

  import: leadImportRouter,
});
