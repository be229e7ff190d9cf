import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "./context";
import { appRouter } from "./routers/root";

export interface HandleTrpcRequestOptions {
  endpoint?: string;
  getSessionUserId?: () => Promise<string | null | undefined>;
}

/** The HTTP entry point of the API, mounted by the web app at /api/trpc. */
export function handleTrpcRequest(request: Request, { endpoint = "/api/trpc", getSessionUserId }: HandleTrpcRequestOptions = {}) {
  return fetchRequestHandler({
    endpoint,
    req: request,
    router: appRouter,
    createContext: () => createContext({ headers: request.headers, getSessionUserId }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}
