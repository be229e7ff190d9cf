import { z } from "zod";
import {
  emailSchema,
  idOutput,
  idSchema,
  listInputSchema,
  nameSchema,
  namedRecordSchema,
  pageOf,
  passwordSchema,
  roleSchema,
  userStatusSchema,
} from "../shared.schema";

export const listUsersInput = listInputSchema.extend({
  role: roleSchema.optional(),
  status: userStatusSchema.optional(),
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
  status: userStatusSchema.optional(),
});

/** `transferTo`: the active colleague who receives the user's open book (leads, contacts, deals, tasks, renewal cases). */
export const deactivateUserInput = z.object({ id: idSchema, transferTo: idSchema.optional() });

/** A user as administration and auth.me show them (services/admin/users.ts userSelect). */
export const userOutput = z.object({
  id: idOutput,
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  status: userStatusSchema,
  title: z.string().nullable(),
  lastLoginAt: z.date().nullable(),
  createdAt: z.date(),
  team: namedRecordSchema.nullable(),
});

/** The deactivated user, and what their book transfer moved (null without one). */
export const deactivateUserOutput = userOutput.extend({
  transferred: z
    .object({ leads: z.number().int(), contacts: z.number().int(), opportunities: z.number().int(), tasks: z.number().int(), renewalCases: z.number().int() })
    .nullable(),
});

export const listUsersOutput = pageOf(userOutput);

/** The temporary password is returned once, when the admin did not choose one. */
export const createUserOutput = userOutput.extend({ temporaryPassword: z.string().nullable() });
