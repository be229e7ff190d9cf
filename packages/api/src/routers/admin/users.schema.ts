import { z } from "zod";
import { emailSchema, idSchema, listInputSchema, nameSchema, passwordSchema, roleSchema } from "../shared.schema";

export const listUsersInput = listInputSchema.extend({
  role: roleSchema.optional(),
  status: z.enum(["active", "deactivated"]).optional(),
});

export const createUserInput = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  teamId: idSchema.nullish(),
  password: passwordSchema.optional(),
});

export const updateUserInput = z.object({
  id: idSchema,
  name: nameSchema.optional(),
  role: roleSchema.optional(),
  teamId: idSchema.nullish(),
  title: z.string().trim().max(120).nullish(),
  status: z.enum(["active", "deactivated"]).optional(),
});

export const deactivateUserInput = z.object({ id: idSchema });
