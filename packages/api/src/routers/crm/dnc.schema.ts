import { z } from "zod";
import { idSchema, listInputSchema } from "../shared.schema";

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
