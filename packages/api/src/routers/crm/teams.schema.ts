import { z } from "zod";
import { idSchema, listInputSchema, nameSchema } from "../shared.schema";

export const listTeamsInput = listInputSchema;

export const teamIdInput = z.object({ id: idSchema });

export const createTeamInput = z.object({
  name: nameSchema,
  description: z.string().trim().max(500).nullish(),
});

export const updateTeamInput = z.object({
  id: idSchema,
  name: nameSchema.optional(),
  description: z.string().trim().max(500).nullish(),
});

export const teamMemberInput = z.object({ teamId: idSchema, userId: idSchema });
