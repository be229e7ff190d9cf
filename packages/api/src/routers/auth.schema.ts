import { z } from "zod";
import { permissions, type Permission } from "../access/permissions";
import { userOutput } from "./admin/users.schema";
import { emailSchema, idOutput, nameSchema, passwordSchema, roleSchema } from "./shared.schema";

export const signUpInput = z.object({
  organizationName: nameSchema,
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});

const organizationOutput = z.object({ id: idOutput, name: z.string(), slug: z.string() });

export const signUpOutput = z.object({
  organization: organizationOutput,
  user: z.object({ id: idOutput, name: z.string(), email: z.string(), role: roleSchema }),
});

const permissionSchema = z.enum(Object.keys(permissions) as [Permission, ...Permission[]]);

export const meOutput = z.object({
  user: userOutput,
  organization: organizationOutput,
  permissions: z.array(permissionSchema),
  via: z.enum(["session", "api_key"]),
});
