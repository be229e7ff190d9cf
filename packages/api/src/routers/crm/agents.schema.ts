import { z } from "zod";
import { idOutput, idSchema, roleSchema } from "../shared.schema";

export const listAgentsInput = z.object({ teamId: idSchema.optional() });

export const listAgentsOutput = z.object({
  items: z.array(
    z.object({
      id: idOutput,
      name: z.string(),
      email: z.string(),
      role: roleSchema,
      title: z.string().nullable(),
      team: z.object({ id: idOutput, name: z.string() }).nullable(),
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
