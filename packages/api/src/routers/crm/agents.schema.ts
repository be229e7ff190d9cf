import { z } from "zod";
import { idOutput, idSchema, namedRecordSchema, roleSchema } from "../shared.schema";

export const listAgentsInput = z.object({ teamId: idSchema.optional() });

export const listAgentsOutput = z.object({
  items: z.array(
    z.object({
      id: idOutput,
      name: z.string(),
      email: z.string(),
      role: roleSchema,
      title: z.string().nullable(),
      team: namedRecordSchema.nullable(),
      stats: z.object({
        leadsOwned: z.number(),
        leadsConverted: z.number(),
        wonValue: z.number(),
        openOpportunities: z.number(),
        overdueTasks: z.number(),
      }),
    }),
  ),
  nextCursor: z.null(),
});

export const agentPerformanceInput = z.object({
  from: z.date({ error: "must be a date" }),
  to: z.date({ error: "must be a date" }),
  teamId: idSchema.optional(),
});

const activityCountsOutput = z.object({
  call: z.number(),
  email: z.number(),
  meeting: z.number(),
  note: z.number(),
  sms: z.number(),
  other: z.number(),
  total: z.number(),
});

export const agentPerformanceOutput = z.object({
  from: z.date(),
  to: z.date(),
  items: z.array(
    z.object({
      id: idOutput,
      name: z.string(),
      role: roleSchema,
      team: namedRecordSchema.nullable(),
      leadsCreated: z.number(),
      leadsConverted: z.number(),
      conversionRate: z.number().nullable(),
      dealsWon: z.number(),
      wonValue: z.number(),
      premiumWritten: z.number(),
      activities: activityCountsOutput,
    }),
  ),
});
