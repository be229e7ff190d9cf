import { z } from "zod";

export const globalSearchInput = z.object({
  q: z.string({ error: "is required" }).trim().min(2, { error: "must be at least 2 characters" }).max(100),
  type: z.enum(["contacts", "leads", "deals", "tickets"], { error: "must be one of contacts, leads, deals, tickets" }).optional(),
  limit: z.number().int().min(1).max(10).default(5),
});
