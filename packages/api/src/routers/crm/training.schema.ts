import { z } from "zod";
import { idOutput, idSchema, listInputSchema, pageOf, userSummarySchema } from "../shared.schema";
import { publicationStatusSchema } from "./knowledge.schema";

const categorySchema = z.string().trim().min(1, { error: "must not be empty" }).max(80);

export const listTrainingInput = listInputSchema.extend({
  category: categorySchema.optional(),
  status: publicationStatusSchema.optional(),
});

export const trainingIdInput = z.object({ id: idSchema });

const trainingFields = {
  title: z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(200),
  description: z.string().trim().max(2000).nullish(),
  content: z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(100_000),
  category: categorySchema.nullish(),
  durationMinutes: z.number().int().min(1).max(24 * 60).nullish(),
  position: z.number().int().min(0).max(100_000).optional(),
  status: publicationStatusSchema.optional(),
};

export const createTrainingInput = z.object(trainingFields);

export const updateTrainingInput = z.object({ id: idSchema, ...z.object(trainingFields).partial().shape });

const trainingSummaryOutput = z.object({
  id: idOutput,
  title: z.string(),
  description: z.string().nullable(),
  category: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  position: z.number(),
  status: publicationStatusSchema,
  author: userSummarySchema.nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const listTrainingOutput = pageOf(trainingSummaryOutput);

export const trainingOutput = trainingSummaryOutput.extend({ content: z.string() });
