import { z } from "zod";
import { idOutput, idSchema, listInputSchema, nameSchema, pageOf, userWithEmailSchema } from "../shared.schema";

export const listApiKeysInput = listInputSchema.extend({ includeRevoked: z.boolean().default(false) }).default({ includeRevoked: false, limit: 50 });

const apiKeyScopes = ["read", "write", "admin"] as const;
const apiKeyScopeSchema = z.enum(apiKeyScopes, { error: "must be one of read, write, admin" });
export const createApiKeyInput = z.object({
  name: nameSchema,
  /** read: queries only; write (the default): what you may do; admin: also create keys. */
  scope: apiKeyScopeSchema.default("write"),
  expiresAt: z.coerce.date({ error: "must be a date" }).nullish(),
});

export const apiKeyIdInput = z.object({ id: idSchema });

/** Prefix, name, owner, created and last used; never the key itself nor its hash. */
export const apiKeyOutput = z.object({
  id: idOutput,
  name: z.string(),
  prefix: z.string(),
  scope: apiKeyScopeSchema,
  expiresAt: z.date().nullable(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  user: userWithEmailSchema,
});

export const listApiKeysOutput = pageOf(apiKeyOutput);

/** The full key, shown once: only its hash is stored. */
export const createApiKeyOutput = apiKeyOutput.extend({ key: z.string() });
