import { z } from "zod";
import { idSchema, pageOf } from "../shared.schema";
import { documentFields, documentSummaryOutput, listDocumentsInput } from "./documents.schema";

export const listTrainingInput = listDocumentsInput;

export const trainingIdInput = z.object({ id: idSchema });

const trainingFields = {
  ...documentFields,
  description: z.string().trim().max(2000).nullish(),
  durationMinutes: z.number().int().min(1).max(24 * 60).nullish(),
  position: z.number().int().min(0).max(100_000).optional(),
};

export const createTrainingInput = z.object(trainingFields);

export const updateTrainingInput = z.object({ id: idSchema, ...z.object(trainingFields).partial().shape });

const trainingSummaryOutput = documentSummaryOutput.extend({ description: z.string().nullable(), durationMinutes: z.number().nullable(), position: z.number() });

export const listTrainingOutput = pageOf(trainingSummaryOutput);

export const trainingOutput = trainingSummaryOutput.extend({ content: z.string() });
