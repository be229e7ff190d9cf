import { z } from "zod";
import { runnableJobNames } from "../../services/jobs/run-job-now";
import { listInputSchema } from "../shared.schema";

const jobRunStatuses = ["running", "completed", "failed", "cancelled"] as const;
const jobRunStatusSchema = z.enum(jobRunStatuses, { error: `must be one of ${jobRunStatuses.join(", ")}` });

export const listJobRunsInput = listInputSchema.omit({ search: true }).extend({
  functionId: z.string().trim().min(1).max(120).optional(),
  status: jobRunStatusSchema.optional(),
});

export const runJobInput = z.object({
  job: z.enum(runnableJobNames, { error: `must be one of ${runnableJobNames.join(", ")}` }),
});

// What a job returned: counts and ids the job wrote itself, never record contents.
const jsonSchema = z.unknown();

export const jobRunOutput = z.object({
  id: z.string(),
  functionId: z.string(),
  engine: z.string(),
  status: jobRunStatusSchema,
  attempt: z.number(),
  result: jsonSchema,
  error: z.string().nullable(),
  triggeredById: z.string().nullable(),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
});

export const jobRunListOutput = z.object({
  items: z.array(jobRunOutput),
  nextCursor: z.string().nullable(),
  total: z.number().nullable(),
  totalCapped: z.boolean(),
});

export const runJobOutput = z.object({
  id: z.string(),
  job: z.string(),
  status: z.literal("completed"),
  result: jsonSchema,
});
