import { z } from "zod";

export const idSchema = z.uuid({ error: "must be a valid id" });

export const emailSchema = z.email({ error: "must be a valid email address" }).max(254);

export const passwordSchema = z
  .string({ error: "is required" })
  .min(10, { error: "must be at least 10 characters" })
  .max(200, { error: "must be at most 200 characters" });

export const nameSchema = z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(120);

export const roleSchema = z.enum(["admin", "manager", "agent", "viewer", "compliance"], {
  error: "must be one of admin, manager, agent, viewer, compliance",
});

/** The input every list procedure accepts; domains extend it with their own filters. */
export const listInputSchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  search: z.string().trim().max(200).optional(),
});
