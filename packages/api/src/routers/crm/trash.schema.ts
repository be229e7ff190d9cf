import { z } from "zod";
import { trashEntityTypes } from "../../access/scopes/trash-scope";
import { idOutput, idSchema, listInputSchema, pageOf, userSummarySchema } from "../shared.schema";

export const trashEntityTypeSchema = z.enum(trashEntityTypes, { error: `must be one of ${trashEntityTypes.join(", ")}` });

export const listTrashInput = listInputSchema.omit({ search: true }).extend({ entityType: trashEntityTypeSchema.optional() });

export const trashItemInput = z.object({ entityType: trashEntityTypeSchema, id: idSchema });

/** Named records whatever their age, or (without `items`) everything trashed over 30 days ago. */
export const purgeTrashInput = z.object({ items: z.array(trashItemInput).min(1).max(500).optional() }).optional().default({});

export const noteIdInput = z.object({ id: idSchema });

export const trashItemOutput = z.object({
  entityType: trashEntityTypeSchema,
  id: idOutput,
  label: z.string(),
  deletedAt: z.date(),
  deletedBy: userSummarySchema.nullable(),
  /** After this, restore is refused and purge may delete it. */
  restorableUntil: z.date(),
});

export const listTrashOutput = pageOf(trashItemOutput);

/** mergeUndone: the record had been merged away; its records went back to it from the survivor. */
export const restoredOutput = z.object({ entityType: trashEntityTypeSchema, id: idOutput, mergeUndone: z.object({ mergeId: idOutput, survivorId: idOutput }).optional() });

export const purgeTrashOutput = z.object({
  purged: z.record(trashEntityTypeSchema, z.number().int()),
  total: z.number().int(),
});
