import { createApiKey, listApiKeys, revokeApiKey } from "../../services/auth/api-keys";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import {
  apiKeyIdInput,
  apiKeyOutput,
  createApiKeyInput,
  createApiKeyOutput,
  listApiKeysInput,
  listApiKeysOutput,
} from "./api-keys.schema";

const ownKeys = requirePermission("api-keys:own", { auditEntity: "api_key" });

export const apiKeysRouter = createTRPCRouter({
  list: ownKeys.input(listApiKeysInput).output(listApiKeysOutput).query(serve(listApiKeys)),

  /** Returns the full key once; only its hash is stored. */
  create: ownKeys
    .input(createApiKeyInput)
    .output(createApiKeyOutput)
    .mutation(async ({ ctx, input }) => {
      const { apiKey, key } = await createApiKey({ actor: ctx.actor, ...input });
      return { ...apiKey, key };
    }),

  revoke: ownKeys.input(apiKeyIdInput).output(apiKeyOutput).mutation(serve(revokeApiKey)),
});
