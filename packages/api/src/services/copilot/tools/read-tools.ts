import { z } from "zod";
import { searchKnowledgeInput } from "../../../routers/crm/knowledge.schema";
import { listContacts } from "../../crm/contacts";
import { searchKnowledge } from "../../crm/knowledge/search-knowledge";
import { listPolicies } from "../../crm/policies";
import { defineTool, type CopilotTool } from "./tool-registry";

// Read-only tools: every role that may chat may use them, each within its own record scope.

const DAY_MS = 86_400_000;

export const searchContactsArgs = z.object({
  search: z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(200),
  limit: z.number().int().min(1).max(20).default(5),
});

export const upcomingRenewalsArgs = z.object({
  withinDays: z.number().int().min(1).max(365).default(60),
  limit: z.number().int().min(1).max(50).default(10),
});

export const readTools: CopilotTool[] = [
  defineTool({
    name: "searchKnowledgeHub",
    description: "Search the agency's published knowledge hub (procedures, product guides, scripts) by words or a question.",
    parameters: searchKnowledgeInput,
    permission: "crm:read",
    refusal: "read the knowledge hub",
    async run({ q, limit }, actor) {
      const hits = await searchKnowledge({ actor, q, limit });
      return {
        result: { articles: hits.map((hit) => ({ id: hit.id, title: hit.title, summary: hit.summary, category: hit.category, snippet: hit.snippet, url: hit.url })) },
      };
    },
  }),
  defineTool({
    name: "searchContacts",
    description: "Find clients (contacts) by name, email, phone or company. Returns ids for other tools.",
    parameters: searchContactsArgs,
    permission: "crm:read",
    refusal: "read contacts",
    async run({ search, limit }, actor) {
      const page = await listContacts({ actor, search, limit });
      return {
        result: {
          contacts: page.items.map((contact) => ({
            id: contact.id,
            name: contact.name,
            email: contact.email,
            phone: contact.phone,
            company: contact.company,
            healthScore: contact.healthScore,
            churnRisk: contact.churnRisk,
            lastContactAt: contact.lastContactAt?.toISOString() ?? null,
          })),
        },
      };
    },
  }),
  defineTool({
    name: "getUpcomingRenewals",
    description: "List active policies renewing within the next N days (default 60), soonest first, with their clients.",
    parameters: upcomingRenewalsArgs,
    permission: "crm:read",
    refusal: "read policies",
    async run({ withinDays, limit }, actor) {
      const now = Date.now();
      const page = await listPolicies({ actor, limit, status: "active", renewalBefore: new Date(now + withinDays * DAY_MS) });
      return {
        result: {
          renewals: page.items.map((policy) => ({
            policyId: policy.id,
            policyNumber: policy.policyNumber,
            type: policy.type,
            carrier: policy.carrier,
            premium: policy.premium,
            renewalDate: policy.renewalDate?.toISOString().slice(0, 10) ?? null,
            daysUntilRenewal: policy.renewalDate ? Math.ceil((policy.renewalDate.getTime() - now) / DAY_MS) : null,
            contact: policy.contact,
          })),
        },
      };
    },
  }),
];
