import { z } from "zod";
import { idOutput, idSchema, listInputSchema, nameSchema, pageOf, userWithEmailSchema } from "../shared.schema";

export const listApiKeysInput = listInputSchema.extend({ includeRevoked: z.boolean().default(false) }).default({ includeRevoked: false, limit: 50 });

export const createApiKeyInput = z.object({ name: nameSchema });

export const apiKeyIdInput = z.object({ id: idSchema });

/** Prefix, name, owner, created and last used; never the key itself nor its hash. */
export const apiKeyOutput = z.object({
  id: idOutput,
  name: z.string(),
  prefix: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  user: userWithEmailSchema,
});

export const listApiKeysOutput = pageOf(apiKeyOutput);

/** The full key, shown once: only its hash is stored. */
export const createApiKeyOutput = apiKeyOutput.extend({ key: z.string() });
