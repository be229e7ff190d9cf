import { z } from "zod";
import { loggableLeadActivityTypes } from "../../services/crm/leads/add-lead-activity";
import { leadImportFields } from "../../services/crm/leads/import/map-lead-headers";
import { formatBytes, importLimits } from "../../services/crm/leads/import/import-limits";
import { leadSorts } from "../../services/crm/leads/list-leads";
import { idSchema, listInputSchema, nameSchema } from "../shared.schema";
import { dateSchema, moneySchema, optionalText, pastDateSchema, phoneSchema, sortDirectionSchema, tagsSchema } from "./record-fields.schema";

export const leadKindSchema = z.enum(["client", "recruit"], { error: "must be client or recruit" });

export const leadStatusSchema = z.enum(["new", "contacted", "qualified", "appointment_set", "proposal", "won", "lost"], {
  error: "must be one of new, contacted, qualified, appointment_set, proposal, won, lost",
});


export const listLeadsInput = listInputSchema.extend({
  kind: leadKindSchema.optional(),
  status: leadStatusSchema.optional(),
  source: z.string().trim().max(200).optional(),
  ownerId: idSchema.nullable().optional(),
  scoreMin: z.number().int().min(0).max(100).optional(),
  scoreMax: z.number().int().min(0).max(100).optional(),
  createdFrom: dateSchema.optional(),
  createdTo: dateSchema.optional(),
  sort: z.enum(leadSorts, { error: `must be one of ${leadSorts.join(", ")}` }).optional(),
  order: sortDirectionSchema.optional(),
});

const leadFields = {
  name: nameSchema,
  email: optionalText(254),
  phone: phoneSchema.nullish(),
  company: optionalText(200),
  jobTitle: optionalText(200),
  status: leadStatusSchema.optional(),
  source: optionalText(200),
  value: moneySchema.nullish(),
  budget: moneySchema.nullish(),
  city: optionalText(200),
  timeline: optionalText(200),
  preferredChannel: optionalText(100),
  notes: optionalText(5_000),
  tags: tagsSchema.optional(),
};

export const createLeadInput = z.object({ kind: leadKindSchema, ...leadFields, ownerId: idSchema.nullish() });

export const updateLeadInput = z.object({ id: idSchema, ...leadFields, name: nameSchema.optional() });

export const leadIdInput = z.object({ id: idSchema });

export const assignLeadInput = z.object({ id: idSchema, ownerId: idSchema });

export const addLeadActivityInput = z.object({
  leadId: idSchema,
  type: z.enum(loggableLeadActivityTypes, { error: `must be one of ${loggableLeadActivityTypes.join(", ")}` }),
  description: z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(5_000),
  title: optionalText(200),
  outcome: optionalText(500),
  nextStep: optionalText(500),
  sentiment: z.enum(["positive", "neutral", "negative"], { error: "must be positive, neutral or negative" }).nullish(),
  occurredAt: pastDateSchema.optional(),
});

// XLSX arrives base64-encoded: 4 characters for every 3 bytes. The decoded size is checked
// again when the file is read; this only spares zod a hopeless string.
const maxContentChars = () => Math.ceil((importLimits().maxFileBytes * 4) / 3) + 4;

const importFile = {
  filename: z
    .string({ error: "is required" })
    .trim()
    .min(1, { error: "is required" })
    .max(255)
    .regex(/\.(csv|txt|xlsx)$/i, { error: "must end in .csv or .xlsx" }),
  content: z
    .string({ error: "is required" })
    .min(1, { error: "is empty" })
    .refine((content) => content.length <= maxContentChars(), { error: () => `must be at most ${formatBytes(importLimits().maxFileBytes)} (the limit)` }),
  kind: leadKindSchema,
};

export const importMappingSchema = z.record(
  z.string().max(200),
  z.enum(leadImportFields, { error: `must be null or one of ${leadImportFields.join(", ")}` }).nullable(),
);

export const previewLeadImportInput = z.object({ ...importFile, mapping: importMappingSchema.optional() });

export const commitLeadImportInput = z.object({
  ...importFile,
  // Without a mapping, the one the preview would suggest is used (for scripts that trust it).
  mapping: importMappingSchema.nullish(),
  onDuplicate: z.enum(["update", "skip"], { error: "must be update or skip" }).default("update"),
  ownerId: idSchema.nullish(),
});
