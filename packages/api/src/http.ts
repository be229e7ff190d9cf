import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getErrorShape, getHTTPStatusCodeFromError, transformTRPCResponse } from "@trpc/server/unstable-core-do-not-import";
import { MAX_BATCH_CALLS } from "./batch-limit";
import { createContext } from "./context";
import { apiEnv } from "./env";
import { AppError } from "./errors";
import { appRouter } from "./routers/root";
import { databaseUnavailableError, isDatabaseUnavailable } from "./trpc-errors";

export interface HandleTrpcRequestOptions {
  endpoint?: string;
  getSessionId?: () => Promise<string | null | undefined>;
}

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * The request with its body read through a counter: past `maxBytes` (or when Content-Length
 * already says so) reading fails with PAYLOAD_TOO_LARGE, which tRPC answers as a 413 — so an
 * oversized POST is never held in memory whole. The node adapter's maxBodySize does the same.
 */
export function withBodyLimit(request: Request, maxBytes: number): Request {
  if (!request.body) return request;
  const tooLarge = () => new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: `The request body is larger than ${megabytes(maxBytes)} (the limit)` });
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  const source = (request.body as ReadableStream<Uint8Array>).getReader();
  let size = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (declared > maxBytes) {
        await source.cancel();
        controller.error(tooLarge());
        return;
      }
      const { done, value } = await source.read();
      if (done) {
        controller.close();
        return;
      }
      size += value.byteLength;
      if (size > maxBytes) {
        await source.cancel();
        controller.error(tooLarge());
        return;
      }
      controller.enqueue(value);
    },
    cancel: (reason) => source.cancel(reason),
  });
  // `duplex` is required by Node's fetch for a streamed body; the DOM typings (web app) lack it.
  const init: RequestInit & { duplex: "half" } = { body, duplex: "half" };
  return new Request(request, init);
}

/** How many calls a request carries: `/api/trpc/a,b,c?batch=1` is three. */
function callsIn(url: URL): number {
  if (url.searchParams.get("batch") !== "1") return 1;
  let calls = 1;
  for (const character of url.pathname) if (character === ",") calls += 1;
  return calls;
}

/** An error answered before tRPC runs a call, in the shape and status tRPC gives its own. */
function trpcErrorResponse(error: TRPCError): Response {
  const config = appRouter._def._config;
  const shape = getErrorShape({ config, error, type: "unknown", path: undefined, input: undefined, ctx: undefined });
  return Response.json(transformTRPCResponse(config, { error: shape }), { status: getHTTPStatusCodeFromError(error), headers: { "cache-control": "no-store" } });
}

/** The HTTP entry point of the API, served at /api/trpc (serve/api-routes.ts). */
export function handleTrpcRequest(request: Request, { endpoint = "/api/trpc", getSessionId }: HandleTrpcRequestOptions = {}): Promise<Response> {
  const calls = callsIn(new URL(request.url));
  if (calls > MAX_BATCH_CALLS) {
    const message = `A batch may carry at most ${MAX_BATCH_CALLS} calls; this one has ${calls}`;
    return Promise.resolve(trpcErrorResponse(new TRPCError({ code: "BAD_REQUEST", message, cause: new AppError("VALIDATION_ERROR", message) })));
  }
  const limited = withBodyLimit(request, apiEnv().API_MAX_BODY_BYTES);
  return fetchRequestHandler({
    endpoint,
    req: limited,
    router: appRouter,
    async createContext() {
      try {
        return await createContext({ headers: limited.headers, getSessionId });
      } catch (error) {
        // Resolving the credential is the first query; a database that cannot take it is a 503.
        if (isDatabaseUnavailable(error)) throw databaseUnavailableError(error);
        throw error;
      }
    },
    responseMeta({ errors }) {
      // A 503 (database busy) or 429 (rate limited) says when to come back.
      const retryAfter = errors.reduce((longest, error) => Math.max(longest, error.cause instanceof AppError ? (error.cause.details?.retryAfterSeconds ?? 0) : 0), 0);
      return retryAfter > 0 ? { headers: { "retry-after": String(retryAfter) } } : {};
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}
