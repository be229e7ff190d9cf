import { z } from "zod";
import { idOutput, idSchema, listInputSchema, pageOf, userSummarySchema } from "../shared.schema";

export const dncChannelSchema = z.enum(["email", "phone"], { error: "must be email or phone" });

export const listDncInput = listInputSchema.extend({
  channel: dncChannelSchema.optional(),
});

export const addDncInput = z.object({
  channel: dncChannelSchema,
  value: z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(254),
  reason: z.string().trim().max(500).nullish(),
});

export const removeDncInput = z.object({ id: idSchema });

export const dncEntryOutput = z.object({
  id: idOutput,
  channel: dncChannelSchema,
  value: z.string(),
  reason: z.string().nullable(),
  createdAt: z.date(),
  addedBy: userSummarySchema.nullable(),
});

export const listDncOutput = pageOf(dncEntryOutput);
