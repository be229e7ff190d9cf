import { z } from "zod";
import { idOutput, idSchema, listInputSchema, pageOf, storedJson, userSummarySchema } from "../shared.schema";

export const actorTypeSchema = z.enum(["user", "api_key", "ai", "system"], { error: "must be one of user, api_key, ai, system" });

export const listAuditInput = listInputSchema.omit({ search: true }).extend({
  /** user (web app), api_key (a script), ai (the copilot for a user), system (jobs, webhooks, the CLI). */
  actorType: actorTypeSchema.optional(),
  actorId: idSchema.optional(),
  entityType: z.string().trim().min(1).max(60).optional(),
  entityId: z.string().trim().min(1).max(100).optional(),
  action: z.string().trim().min(1).max(120).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});

export const auditEntryOutput = z.object({
  id: idOutput,
  createdAt: z.date(),
  actorType: actorTypeSchema,
  actor: userSummarySchema.nullable(),
  apiKeyId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  // The mutation's input as recorded, secrets redacted (services/audit/record-audit.ts).
  changes: storedJson(z.unknown()),
});

export const listAuditOutput = pageOf(auditEntryOutput);

/** admin.audit.export: the list's filters without its page. */
export const exportAuditInput = listAuditInput.omit({ cursor: true, limit: true });
