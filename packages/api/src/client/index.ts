import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { MAX_BATCH_CALLS } from "../batch-limit";
import { transformer } from "../transformer";
import type { AppRouter } from "../routers/root";

export interface HarborClientOptions {
  /** Where Harbor's web app runs, e.g. http://localhost:3000. */
  url: string;
  /** An API key from Settings → API keys, or `npm run cli -- apikey create --email …`. */
  apiKey: string;
  fetch?: typeof fetch;
}

/**
 * A fully typed client for scripts: `client.auth.me.query()`, `client.admin.users.list.query({})`.
 * Dates and other rich values travel in superjson's format, as in the web app.
 */
export function createHarborClient({ url, apiKey, fetch }: HarborClientOptions) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: new URL("/api/trpc", url).toString(),
        transformer,
        maxItems: MAX_BATCH_CALLS,
        headers: { authorization: `Bearer ${apiKey}` },
        fetch,
      }),
    ],
  });
}

export type HarborClient = ReturnType<typeof createHarborClient>;

/** Narrows an unknown error to a Harbor API error with its stable code and field errors. */
export function isHarborError(error: unknown): error is TRPCClientError<AppRouter> {
  return error instanceof TRPCClientError;
}

export type { AppRouter };
export { MAX_BATCH_CALLS };
