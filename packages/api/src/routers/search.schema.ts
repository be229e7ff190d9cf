import { z } from "zod";
import { leadKindSchema, leadStatusSchema } from "./crm/leads.schema";
import { policyStatusSchema, policyTypeSchema, prioritySchema, stageSchema } from "./crm/record-fields.schema";
import { ticketStatusSchema } from "./crm/tickets.schema";
import { idOutput, personWithCompanyOutput } from "./shared.schema";
import { searchKinds } from "../services/search";

export const globalSearchInput = z.object({
  q: z.string({ error: "is required" }).trim().min(2, { error: "must be at least 2 characters" }).max(100),
  type: z.enum(searchKinds, { error: `must be one of ${searchKinds.join(", ")}` }).optional(),
  limit: z.number().int().min(1).max(10).default(5),
});

// Read on every keystroke of the search box (p95 ≤ 50 ms): flat rows only.
export const globalSearchOutput = z.object({
  contacts: z.array(personWithCompanyOutput.extend({ customerCode: z.string().nullable() })),
  leads: z.array(personWithCompanyOutput.extend({ kind: leadKindSchema, status: leadStatusSchema })),
  deals: z.array(z.object({ id: idOutput, title: z.string(), stage: stageSchema, value: z.number(), contactName: z.string().nullable() })),
  tickets: z.array(z.object({ id: idOutput, number: z.number(), subject: z.string(), status: ticketStatusSchema, priority: prioritySchema })),
  policies: z.array(
    z.object({ id: idOutput, policyNumber: z.string(), type: policyTypeSchema, carrier: z.string(), status: policyStatusSchema, contactId: idOutput, contactName: z.string() }),
  ),
  knowledge: z.array(z.object({ id: idOutput, title: z.string(), category: z.string().nullable() })),
});
