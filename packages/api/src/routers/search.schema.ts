import { z } from "zod";
import { leadKindSchema, leadStatusSchema } from "./crm/leads.schema";
import { prioritySchema, stageSchema } from "./crm/record-fields.schema";
import { ticketStatusSchema } from "./crm/tickets.schema";
import { idOutput, personWithCompanyOutput } from "./shared.schema";

export const globalSearchInput = z.object({
  q: z.string({ error: "is required" }).trim().min(2, { error: "must be at least 2 characters" }).max(100),
  type: z.enum(["contacts", "leads", "deals", "tickets"], { error: "must be one of contacts, leads, deals, tickets" }).optional(),
  limit: z.number().int().min(1).max(10).default(5),
});

// Read on every keystroke of the search box (p95 ≤ 50 ms): flat rows only.
export const globalSearchOutput = z.object({
  contacts: z.array(personWithCompanyOutput),
  leads: z.array(personWithCompanyOutput.extend({ kind: leadKindSchema, status: leadStatusSchema })),
  deals: z.array(z.object({ id: idOutput, title: z.string(), stage: stageSchema, value: z.number(), contactName: z.string().nullable() })),
  tickets: z.array(z.object({ id: idOutput, number: z.number(), subject: z.string(), status: ticketStatusSchema, priority: prioritySchema })),
});
