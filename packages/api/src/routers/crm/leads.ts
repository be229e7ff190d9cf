import { addLeadActivity, assignLead, commitLeadImport, convertLead, createLead, deleteLead, getLead, listLeads, previewLeadImport, updateLead } from "../../services/crm/leads";
import { createTRPCRouter, requirePermission } from "../../trpc";
import {
  addLeadActivityInput,
  assignLeadInput,
  commitLeadImportInput,
  commitLeadImportOutput,
  convertLeadOutput,
  createLeadInput,
  deleteLeadOutput,
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
  preview: importLeads
    .input(previewLeadImportInput)
    .output(previewLeadImportOutput)
    .mutation(({ ctx, input }) => previewLeadImport({ actor: ctx.actor, ...input })),

  commit: importLeads
    .input(commitLeadImportInput)
    .output(commitLeadImportOutput)
    .mutation(({ ctx, input }) => commitLeadImport({ actor: ctx.actor, ...input })),
});

export const leadsRouter = createTRPCRouter({
  list: read
    .input(listLeadsInput)
    .output(listLeadsOutput)
    .query(({ ctx, input }) => listLeads({ actor: ctx.actor, ...input })),

  get: read
    .input(leadIdInput)
    .output(leadDetailOutput)
    .query(({ ctx, input }) => getLead({ actor: ctx.actor, id: input.id })),

  create: write
    .input(createLeadInput)
    .output(leadOutput)
    .mutation(({ ctx, input }) => createLead({ actor: ctx.actor, ...input })),

  update: write
    .input(updateLeadInput)
    .output(leadOutput)
    .mutation(({ ctx, input }) => updateLead({ actor: ctx.actor, ...input })),

  delete: requirePermission("crm:delete", { auditEntity: "lead" })
    .input(leadIdInput)
    .output(deleteLeadOutput)
    .mutation(({ ctx, input }) => deleteLead({ actor: ctx.actor, id: input.id })),

  assign: write
    .input(assignLeadInput)
    .output(leadOutput)
    .mutation(({ ctx, input }) => assignLead({ actor: ctx.actor, ...input })),

  addActivity: requirePermission("crm:write", { auditEntity: "activity" })
    .input(addLeadActivityInput)
    .output(activityOutput)
    .mutation(({ ctx, input }) => addLeadActivity({ actor: ctx.actor, ...input })),

  convert: write
    .input(leadIdInput)
    .output(convertLeadOutput)
    .mutation(({ ctx, input }) => convertLead({ actor: ctx.actor, id: input.id })),

  import: leadImportRouter,
});
