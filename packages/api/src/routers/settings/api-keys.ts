import { z } from "zod";
import { createApiKey, listApiKeys, revokeApiKey } from "../../services/auth/api-keys";
import { createTRPCRouter, requirePermission } from "../../trpc";
import { idSchema, nameSchema } from "../shared.schema";

const ownKeys = requirePermission("api-keys:own");

export const apiKeysRouter = createTRPCRouter({
  /** Prefix, name, owner, created and last used; never the key itself. */
  list: ownKeys
    .input(z.object({ includeRevoked: z.boolean().default(false) }).default({ includeRevoked: false }))
    .query(({ ctx, input }) => listApiKeys({ actor: ctx.actor, includeRevoked: input.includeRevoked })),

  /** Returns the full key once; only its hash is stored. */
  create: ownKeys
    .meta({ access: "api-keys:own", auditEntity: "apiKey" })
    .input(z.object({ name: nameSchema }))
    .mutation(async ({ ctx, input }) => {
      const { apiKey, key } = await createApiKey({ actor: ctx.actor, name: input.name });
      return { ...apiKey, key };
    }),

  revoke: ownKeys
    .meta({ access: "api-keys:own", auditEntity: "apiKey" })
    .input(z.object({ id: idSchema }))
    .mutation(({ ctx, input }) => revokeApiKey({ actor: ctx.actor, id: input.id })),
});
