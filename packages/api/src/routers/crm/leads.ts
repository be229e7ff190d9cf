import {
  addLeadActivity,
  assignLead,
  commitLeadImport,
  conversionMatches,
  convertLead,
  createLead,
  deleteLead,
  exportLeads,
  getLead,
  getLeadImport,
  leadImportStatus,
  listLeadImports,
  listLeads,
  undoLeadImport,
  previewLeadImport,
  updateLead,
} from "../../services/crm/leads";
import { csvExportOutput } from "../shared.schema";
import { createTRPCRouter, crmRecordProcedures, requirePermission, serve } from "../../trpc";
import {
  addLeadActivityInput,
  assignLeadInput,
  commitLeadImportInput,
  commitLeadImportOutput,
  convertLeadInput,
  leadImportDetailOutput,
  leadImportIdInput,
  leadImportStatusInput,
  leadImportStatusOutput,
  listLeadImportsInput,
  listLeadImportsOutput,
  undoLeadImportOutput,
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
import { mergeLeads } from "../../services/crm/merge";
import { contactMatchesOutput, mergeLeadsInput, mergeOutput } from "./merge.schema";
import { listTimelinePage } from "../../services/crm/activities";
import { activityOutput, timelinePageInput, timelinePageOutput } from "./record-fields.schema";

const { read, write, remove, exportList } = crmRecordProcedures("lead");
const readImports = requirePermission("crm:import");
const importLeads = requirePermission("crm:import", { auditEntity: "lead_import" });

export const leadImportRouter = createTRPCRouter({
  preview: importLeads.input(previewLeadImportInput).output(previewLeadImportOutput).mutation(serve(previewLeadImport)),

  /** Imports a file; past IMPORT_QUEUE_ABOVE_ROWS data rows it queues a worker job and answers { status: "queued", importId }. */
  commit: importLeads.input(commitLeadImportInput).output(commitLeadImportOutput).mutation(serve(commitLeadImport)),

  /** A queued import's progress and outcome (the uploader's own, their manager's; admins any of the organization's). */
  status: readImports.input(leadImportStatusInput).output(leadImportStatusOutput).query(serve(leadImportStatus)),
});

/** Import history: every import within reach (access/scopes/lead-import-scope.ts), and undo. */
export const leadImportsRouter = createTRPCRouter({
  list: readImports.input(listLeadImportsInput).output(listLeadImportsOutput).query(serve(listLeadImports)),

  get: readImports.input(leadImportIdInput).output(leadImportDetailOutput).query(serve(getLeadImport)),

  /** Created leads to the trash, filled ones reverted (unless changed since), once; a running import is CONFLICT. */
  undo: importLeads.input(leadImportIdInput).output(undoLeadImportOutput).mutation(serve(undoLeadImport)),
});

export const leadsRouter = createTRPCRouter({
  list: read.input(listLeadsInput).output(listLeadsOutput).query(serve(listLeads)),

  /** The list as CSV (formula cells neutralized), at most 10,000 rows, with the list's filters and sort; audited. */
  export: exportList.input(exportLeadsInput).output(csvExportOutput).mutation(serve(exportLeads)),

  get: read.input(leadIdInput).output(leadDetailOutput).query(serve(getLead)),

  /** The lead's activity timeline a page at a time (newest first), optionally only some activity types. */
  timeline: read
    .input(timelinePageInput)
    .output(timelinePageOutput)
    .query(({ ctx, input }) => listTimelinePage({ actor: ctx.actor, of: "lead", ...input })),

  create: write.input(createLeadInput).output(leadOutput).mutation(serve(createLead)),

  update: write.input(updateLeadInput).output(leadOutput).mutation(serve(updateLead)),

  delete: remove.input(leadIdInput).output(deleteLeadOutput).mutation(serve(deleteLead)),

  assign: write.input(assignLeadInput).output(leadOutput).mutation(serve(assignLead)),

  addActivity: requirePermission("crm:write", { auditEntity: "activity" })
    .input(addLeadActivityInput)
    .output(activityOutput)
    .mutation(serve(addLeadActivity)),

  /** The existing contacts (same email or phone, within reach) a client lead may convert into. */
  conversionMatches: read.input(leadIdInput).output(contactMatchesOutput).query(serve(conversionMatches)),

  /** A client lead becomes a new contact, or joins `contactId` (an existing one), with an opportunity; a recruit becomes a candidate. */
  convert: write.input(convertLeadInput).output(convertLeadOutput).mutation(serve(convertLead)),

  /** Merges the loser lead into the survivor (picked fields; timeline, deals, tasks, appointments move); the loser goes to the trash, restoring it undoes the merge. */
  merge: remove.input(mergeLeadsInput).output(mergeOutput).mutation(serve(mergeLeads)),

  import: leadImportRouter,

  imports: leadImportsRouter,
});
