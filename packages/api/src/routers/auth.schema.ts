import { z } from "zod";
import type { Capabilities } from "../access/capabilities";
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

/** What the web pages may offer (access/capabilities.ts); the server still enforces each rule. */
const capabilitiesOutput = z.object({
  canWriteCrm: z.boolean(),
  canDeleteCrm: z.boolean(),
  canImport: z.boolean(),
  canAssignOthers: z.boolean(),
  canManageTeams: z.boolean(),
  canManageKnowledge: z.boolean(),
  canManageDnc: z.boolean(),
  canManageUsers: z.boolean(),
  canManageSettings: z.boolean(),
  canReadAudit: z.boolean(),
  canWriteRenewals: z.boolean(),
  canAssignRenewals: z.boolean(),
  canEscalateRenewals: z.boolean(),
  canUploadRenewals: z.boolean(),
}) satisfies z.ZodType<Capabilities>;

export const meOutput = z.object({
  user: userOutput,
  organization: organizationOutput,
  permissions: z.array(permissionSchema),
  capabilities: capabilitiesOutput,
  via: z.enum(["session", "api_key"]),
});
