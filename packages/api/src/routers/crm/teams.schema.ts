import { z } from "zod";
import { idOutput, idSchema, listInputSchema, nameSchema, namedRecordSchema, pageOf, roleSchema, userStatusSchema } from "../shared.schema";

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

export const teamOutput = z.object({
  id: idOutput,
  name: z.string(),
  description: z.string().nullable(),
  memberCount: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const listTeamsOutput = pageOf(teamOutput);

const teamMemberOutput = z.object({ id: idOutput, name: z.string(), email: z.string(), role: roleSchema, status: userStatusSchema, title: z.string().nullable() });

export const teamDetailOutput = teamOutput.extend({ members: z.array(teamMemberOutput) });

export const teamCandidatesInput = z.object({ teamId: idSchema });

export const teamCandidatesOutput = z.object({
  items: z.array(teamMemberOutput.extend({ team: namedRecordSchema.nullable() })),
});
