import { addLeadActivity, assignLead, commitLeadImport, convertLead, createLead, deleteLead, getLead, listLeads, previewLeadImport, updateLead } from "../../services/crm/leads";
import { createTRPCRouter, requirePermission } from "../../trpc";
import {
  addLeadActivityInput,
  assignLeadInput,
  commitLeadImportInput,
  createLeadInput,
  leadIdInput,
  listLeadsInput,
  previewLeadImportInput,
  updateLeadInput,
} from "./leads.schema";

const read = requirePermission("crm:read");
const write = requirePermission("crm:write").meta({ access: "crm:write", auditEntity: "lead" });
const importLeads = requirePermission("crm:import").meta({ access: "crm:import", auditEntity: "lead_import" });

export const leadImportRouter = createTRPCRouter({
  preview: importLeads.input(previewLeadImportInput).mutation(({ ctx, input }) => previewLeadImport({ actor: ctx.actor, ...input })),

  commit: importLeads.input(commitLeadImportInput).mutation(({ ctx, input }) => commitLeadImport({ actor: ctx.actor, ...input })),
});

export const leadsRouter = createTRPCRouter({
  list: read.input(listLeadsInput).query(({ ctx, input }) => listLeads({ actor: ctx.actor, ...input })),

  get: read.input(leadIdInput).query(({ ctx, input }) => getLead({ actor: ctx.actor, id: input.id })),

  create: write.input(createLeadInput).mutation(({ ctx, input }) => createLead({ actor: ctx.actor, ...input })),

  update: write.input(updateLeadInput).mutation(({ ctx, input }) => updateLead({ actor: ctx.actor, ...input })),

  delete: requirePermission("crm:delete")
    .meta({ access: "crm:delete", auditEntity: "lead" })
    .input(leadIdInput)
    .mutation(({ ctx, input }) => deleteLead({ actor: ctx.actor, id: input.id })),

  assign: write.input(assignLeadInput).mutation(({ ctx, input }) => assignLead({ actor: ctx.actor, ...input })),

  addActivity: write
    .meta({ access: "crm:write", auditEntity: "activity" })
    .input(addLeadActivityInput)
    .mutation(({ ctx, input }) => addLeadActivity({ actor: ctx.actor, ...input })),

  convert: write.input(leadIdInput).mutation(({ ctx, input }) => convertLead({ actor: ctx.actor, id: input.id })),

  import: leadImportRouter,
});
