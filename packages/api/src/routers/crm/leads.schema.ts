import type { CandidateStage } from "@harbor/db";
import { z } from "zod";
import { leadImportFields, leadSorts, loggableLeadActivityTypes } from "../../services/crm/leads";
import { idOutput, idSchema, listInputSchema, nameSchema, namedRecordSchema, pageOf, personOutput, personWithCompanyOutput, userSummarySchema, userWithEmailSchema } from "../shared.schema";
import { formatBytes, importLimits } from "../../services/crm/leads/import";
import { listedScoreOutput, storedScoreOutput } from "./score.schema";
import {
  activityOutput,
  dateSchema,
  moneySchema,
  optionalText,
  pastDateSchema,
  phoneSchema,
  sortDirectionSchema,
  stageSchema,
  tagFilterSchema,
  tagsSchema,
} from "./record-fields.schema";

export const leadKindSchema = z.enum(["client", "recruit"], { error: "must be client or recruit" });

export const leadStatusSchema = z.enum(["new", "contacted", "qualified", "appointment_set", "proposal", "won", "lost"], {
  error: "must be one of new, contacted, qualified, appointment_set, proposal, won, lost",
});

export const listLeadsInput = listInputSchema.extend({
  kind: leadKindSchema.optional(),
  status: leadStatusSchema.optional(),
  source: z.string().trim().max(200).optional(),
  ownerId: idSchema.nullable().optional(),
  tag: tagFilterSchema.optional(),
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

/** An uploaded file as every import takes it (leads, renewal files): CSV as text, XLSX as base64. */
export const importFileFields = {
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
};

const importFile = { ...importFileFields, kind: leadKindSchema };

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

const candidateStageSchema = z.enum(["applied", "interviewing", "licensing", "onboarded", "withdrawn"] as const satisfies readonly CandidateStage[]);

// A list row. Flat and cheap: crm.leads.list is on the p95 ≤ 50 ms path.
const leadFieldsOutput = z.object({
  id: idOutput,
  kind: leadKindSchema,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  company: z.string().nullable(),
  city: z.string().nullable(),
  status: leadStatusSchema,
  source: z.string().nullable(),
  score: z.number(),
  value: z.number().nullable(),
  budget: z.number().nullable(),
  tags: z.array(z.string()),
  lastInteractionAt: z.date().nullable(),
  convertedAt: z.date().nullable(),
  createdAt: z.date(),
  owner: userSummarySchema.nullable(),
});

export const listLeadsOutput = pageOf(leadFieldsOutput.extend({ scores: z.object({ lead: listedScoreOutput }) }));

/** One lead with every field of its own: create, update, assign and the base of get. */
export const leadOutput = leadFieldsOutput.extend({
  jobTitle: z.string().nullable(),
  timeline: z.string().nullable(),
  preferredChannel: z.string().nullable(),
  notes: z.string().nullable(),
  ownerId: idOutput.nullable(),
  convertedContactId: idOutput.nullable(),
  updatedAt: z.date(),
  owner: userWithEmailSchema.nullable(),
});

export const leadDetailOutput = leadOutput.extend({
  scores: z.object({ lead: storedScoreOutput }),
  activities: z.array(activityOutput),
  opportunities: z.array(z.object({ id: idOutput, title: z.string(), stage: stageSchema, value: z.number() })),
  convertedContact: namedRecordSchema.nullable(),
  agentCandidate: z.object({ id: idOutput, stage: candidateStageSchema }).nullable(),
});

export const deleteLeadOutput = namedRecordSchema;

export const convertLeadInput = z.object({ id: idSchema, contactId: idSchema.optional() });

/** A client lead becomes a contact with an opportunity; a recruit becomes an agent candidate. */
export const convertLeadOutput = z.union([
  z.object({
    contact: personWithCompanyOutput.extend({ ownerId: idOutput.nullable(), createdAt: z.date() }),
    opportunity: z.object({
      id: idOutput,
      title: z.string(),
      stage: stageSchema,
      value: z.number(),
      probability: z.number(),
      ownerId: idOutput.nullable(),
      contactId: idOutput.nullable(),
      leadId: idOutput.nullable(),
      createdAt: z.date(),
    }),
  }),
  z.object({
    candidate: personOutput.extend({
      stage: candidateStageSchema,
      ownerId: idOutput.nullable(),
      leadId: idOutput.nullable(),
      createdAt: z.date(),
    }),
  }),
]);

const rowProblemOutput = z.object({ row: z.number(), message: z.string() });

export const previewLeadImportOutput = z.object({
  format: z.enum(["csv", "xlsx"]),
  headers: z.array(z.string()),
  mapping: importMappingSchema,
  sampleRows: z.array(z.object({ row: z.number(), cells: z.array(z.string()), values: z.partialRecord(z.enum(leadImportFields), z.string()) })),
  totalRows: z.number(),
  problems: z.array(rowProblemOutput),
  problemCount: z.number(),
});

const importTallyOutput = z.object({
  created: z.number(),
  updated: z.number(),
  skipped: z.number(),
  /** The first rejected rows (up to the import's error limit); errorCount and errorsByReason count them all. */
  errors: z.array(rowProblemOutput),
  errorCount: z.number(),
  errorsByReason: z.record(z.string(), z.number()),
  flaggedDnc: z.array(z.object({ row: z.number(), value: z.string() })),
});

/** A small file is imported in the request ("completed"); a large one is queued for the worker. */
export const commitLeadImportOutput = z.discriminatedUnion("status", [
  importTallyOutput.extend({ status: z.literal("completed"), importId: idOutput }),
  z.object({ status: z.literal("queued"), importId: idOutput, totalRows: z.number() }),
]);

export const leadImportStatusInput = z.object({ id: idSchema });

export const leadImportStatusOutput = importTallyOutput.extend({
  id: idOutput,
  filename: z.string(),
  kind: leadKindSchema,
  status: z.enum(["queued", "processing", "completed", "failed"]),
  totalRows: z.number(),
  /** Rows done so far, rejected ones included: the progress bar is processed / totalRows. */
  processed: z.number(),
  message: z.string().nullable(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});

// Import history (crm.leads.imports.*): every import, synchronous or queued, with its counts.

const leadImportStatusSchema = z.enum(["queued", "processing", "completed", "failed"], { error: "must be queued, processing, completed or failed" });

export const listLeadImportsInput = listInputSchema.extend({ status: leadImportStatusSchema.optional() });

export const leadImportIdInput = z.object({ id: idSchema });

const leadImportSummaryOutput = z.object({
  id: idOutput,
  filename: z.string(),
  kind: leadKindSchema,
  status: leadImportStatusSchema,
  totalRows: z.number(),
  processed: z.number(),
  created: z.number(),
  updated: z.number(),
  skipped: z.number(),
  errorCount: z.number(),
  message: z.string().nullable(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
  undoneAt: z.date().nullable(),
  uploadedBy: userSummarySchema.nullable(),
  undoneBy: userSummarySchema.nullable(),
});

export const listLeadImportsOutput = pageOf(leadImportSummaryOutput);

export const leadImportDetailOutput = leadImportSummaryOutput.extend({
  onDuplicate: z.string(),
  owner: userSummarySchema.nullable(),
  startedAt: z.date().nullable(),
  errors: z.array(rowProblemOutput),
  errorsByReason: z.record(z.string(), z.number()),
  flaggedDnc: z.array(z.object({ row: z.number(), value: z.string() })),
});

export const undoLeadImportOutput = z.object({
  id: idOutput,
  undoneAt: z.date(),
  /** Created leads moved to the trash (restorable from /crm/trash). */
  trashed: z.number(),
  /** Updated leads given their previous values back. */
  reverted: z.number(),
  /** Created leads already in the trash. */
  alreadyTrashed: z.number(),
  /** Updated leads left alone: changed after the import, trashed or deleted (the first 100 listed). */
  skippedCount: z.number(),
  skipped: z.array(z.object({ leadId: idOutput, name: z.string().nullable(), reason: z.enum(["changed after the import", "in the trash", "deleted"]) })),
});

/** The list's filters and sort, without its page: crm.leads.export writes every matching row. */
export const exportLeadsInput = listLeadsInput.omit({ cursor: true, limit: true });
