import type { LeadKind } from "@harbor/db";
import { createLeadInput, updateLeadInput } from "../../../routers/crm/leads.schema";
import { AppError } from "../../../errors";
import { createLead, updateLead } from "../../crm/leads";
import { findLeadInScope } from "../../crm/leads/lead-record";
import { defineTool, type CopilotTool } from "./tool-registry";

// The four lead tools: crm.leads.create and crm.leads.update with the kind fixed by the tool.

type LeadResult = { id: string; name: string; kind: LeadKind; status: string; score: number; email: string | null; phone: string | null; ownerId: string | null };

const leadSummary = (lead: LeadResult) => ({
  id: lead.id,
  name: lead.name,
  kind: lead.kind,
  status: lead.status,
  score: lead.score,
  email: lead.email,
  phone: lead.phone,
  ownerId: lead.ownerId,
});

const kindLabel: Record<LeadKind, string> = { client: "client lead", recruit: "recruit lead" };

function createTool(kind: LeadKind, name: string): CopilotTool {
  return defineTool({
    name,
    description:
      kind === "client"
        ? "Create a client (insurance prospect) lead. Needs a name and an email or phone; the lead is owned by the user."
        : "Create a recruit lead (a prospective agent to hire). Needs a name and an email or phone.",
    parameters: createLeadInput.omit({ kind: true }),
    permission: "crm:write",
    refusal: "create leads",
    auditEntity: "lead",
    async run(args, actor) {
      const lead = await createLead({ actor, kind, ...args });
      return {
        result: { lead: leadSummary(lead) },
        action: { kind: "created", entityType: "lead", entityId: lead.id, label: `Created ${kindLabel[kind]} ${lead.name}` },
      };
    },
  });
}

function updateTool(kind: LeadKind, name: string): CopilotTool {
  return defineTool({
    name,
    description: `Update a ${kindLabel[kind]} by id: status, contact details, notes, value, tags. Only fields given change.`,
    parameters: updateLeadInput,
    permission: "crm:write",
    refusal: "update leads",
    auditEntity: "lead",
    async run({ id, ...changes }, actor) {
      const current = await findLeadInScope(actor, id, { kind: true });
      if (current.kind !== kind) {
        throw new AppError("VALIDATION_ERROR", `That lead is a ${kindLabel[current.kind]}; use the ${current.kind === "client" ? "updateClientLead" : "updateRecruitLead"} tool`);
      }
      const lead = await updateLead({ actor, id, ...changes });
      return {
        result: { lead: leadSummary(lead) },
        action: { kind: "updated", entityType: "lead", entityId: lead.id, label: `Updated ${kindLabel[kind]} ${lead.name}` },
      };
    },
  });
}

export const leadTools: CopilotTool[] = [
  createTool("client", "createClientLead"),
  updateTool("client", "updateClientLead"),
  createTool("recruit", "createRecruitLead"),
  updateTool("recruit", "updateRecruitLead"),
];
