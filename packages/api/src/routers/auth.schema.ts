import { z } from "zod";
import type { Capabilities } from "../access/capabilities";
import { permissions, type Permission } from "../access/permissions";
import { userOutput } from "./admin/users.schema";
import { emailSchema, idOutput, idSchema, listInputSchema, nameSchema, pageOf, passwordSchema } from "./shared.schema";

export const signUpInput = z.object({
  organizationName: nameSchema,
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});

const organizationOutput = z.object({ id: idOutput, name: z.string(), slug: z.string() });

/** The same answer whether or not the email already had an account. */
export const signUpOutput = z.object({ status: z.literal("verification_sent"), email: z.string() });

const tokenSchema = z.string({ error: "is required" }).trim().min(20, { error: "is invalid or has expired" }).max(200);
const currentPasswordSchema = z.string({ error: "is required" }).min(1, { error: "is required" }).max(200);
const codeSchema = z.string({ error: "is required" }).trim().min(6, { error: "must be a 6-digit code or a recovery code" }).max(20);

export const verifyEmailInput = z.object({ token: tokenSchema });
export const verifyEmailOutput = z.object({ verified: z.literal(true), email: z.string() });
export const resendVerificationOutput = z.object({ sent: z.boolean() });

export const requestResetInput = z.object({ email: emailSchema });
export const requestResetOutput = z.object({ requested: z.literal(true) });
export const resetPasswordInput = z.object({ token: tokenSchema, newPassword: passwordSchema });
export const resetPasswordOutput = z.object({ reset: z.literal(true) });
export const changePasswordInput = z.object({ currentPassword: currentPasswordSchema, newPassword: passwordSchema });
export const changePasswordOutput = z.object({ changed: z.literal(true) });

export const listSessionsInput = listInputSchema.omit({ search: true }).default({ limit: 50 });
export const sessionOutput = z.object({
  id: idOutput,
  createdAt: z.date(),
  lastSeenAt: z.date(),
  expiresAt: z.date(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});
export const listSessionsOutput = pageOf(sessionOutput);
export const sessionIdInput = z.object({ id: idSchema });
export const revokeSessionOutput = z.object({ id: idOutput });
export const revokeAllSessionsOutput = z.object({ revoked: z.number() });

export const mfaStatusOutput = z.object({ enabled: z.boolean(), enabledAt: z.date().nullable(), recoveryCodesLeft: z.number() });
/** The secret and its QR code, shown while enrolling; the secret is stored sealed. */
export const mfaEnrollmentOutput = z.object({ secret: z.string(), otpauthUri: z.string(), qrCodeDataUrl: z.string() });
export const mfaCodeInput = z.object({ code: codeSchema });
/** The recovery codes, shown this once: only their hashes are stored. */
export const mfaRecoveryCodesOutput = z.object({ enabled: z.literal(true), recoveryCodes: z.array(z.string()) });
export const disableMfaInput = z
  .object({ code: codeSchema.optional(), password: currentPasswordSchema.optional() })
  .refine((input) => input.code !== undefined || input.password !== undefined, { error: "a current code or your password is required", path: ["code"] });
export const disableMfaOutput = z.object({ enabled: z.literal(false) });

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
  canRemoveDnc: z.boolean(),
  canPurgeTrash: z.boolean(),
  canExportPersonData: z.boolean(),
  canErasePersonData: z.boolean(),
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
  /** A pending step limits the account to the account procedures until it is taken. */
  security: z.object({
    emailVerified: z.boolean(),
    mfaEnabled: z.boolean(),
    mfaRequired: z.boolean(),
    pending: z.enum(["email_verification", "mfa_enrollment"]).nullable(),
    apiKeyScope: z.enum(["read", "write", "admin"]).nullable(),
  }),
});
