import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import {
  getErrorShape,
  getHTTPStatusCodeFromError,
  getProcedureAtPath,
  getTRPCErrorFromUnknown,
  transformTRPCResponse,
} from "@trpc/server/unstable-core-do-not-import";
import { MAX_BATCH_CALLS } from "./batch-limit";
import { createContext, type Context, type HeaderReader } from "./context";
import { apiEnv } from "./env";
import { AppError } from "./errors";
import { appRouter } from "./routers/root";
import { databaseUnavailableError, isDatabaseUnavailable } from "./trpc-errors";

/** A request as the lean path reads it: no Fetch objects (see `answerTrpcQuery`). */
export interface DirectRequest {
  method: string;
  pathname: string;
  /** The query string without its `?`. */
  search: string;
  headers: HeaderReader;
}

export interface DirectAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

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

/** The request's context; a database that cannot resolve the credential (the first query) is a 503. */
async function contextFor(headers: HeaderReader, getSessionId: HandleTrpcRequestOptions["getSessionId"]): Promise<Context> {
  try {
    return await createContext({ headers, getSessionId });
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw databaseUnavailableError(error);
    throw error;
  }
}

/** A 503 (database busy) or 429 (rate limited) says when to come back. */
function retryAfterHeaders(errors: readonly TRPCError[]): Record<string, string> {
  const retryAfter = errors.reduce((longest, error) => Math.max(longest, error.cause instanceof AppError ? (error.cause.details?.retryAfterSeconds ?? 0) : 0), 0);
  return retryAfter > 0 ? { "retry-after": String(retryAfter) } : {};
}

function reportError({ error, path }: { error: TRPCError; path: string | undefined }): void {
  if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
}

const JSON_ANSWER_HEADERS = { "content-type": "application/json", vary: "trpc-accept, accept" } as const;

/**
 * A single GET query (`/api/trpc/<path>?input=…`: every list, search and read the typed client
 * makes unbatched, and every script's call) answered without building a Fetch Request, a
 * Response and tRPC's request pipeline around one call — they were a fifth of a list request's
 * CPU. The call itself is tRPC's: the same procedure with its middleware (permission, rate limit,
 * audit, input and output schemas), the same context, error shape, status and headers as
 * `handleTrpcRequest` gives it (http.test.ts sends each case both ways). Anything else — a batch,
 * a mutation, a streamed call, an unknown path, input that is not JSON — answers undefined and
 * goes to `handleTrpcRequest`, which words those refusals itself.
 */
export async function answerTrpcQuery(request: DirectRequest, { getSessionId }: HandleTrpcRequestOptions = {}, endpoint = "/api/trpc/"): Promise<DirectAnswer | undefined> {
  if (request.method !== "GET" || request.headers.get("trpc-accept") !== null || !request.pathname.startsWith(endpoint)) return undefined;
  const params = new URLSearchParams(request.search);
  if (params.has("batch")) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(request.pathname.slice(endpoint.length));
  } catch {
    return undefined;
  }
  const procedure = await getProcedureAtPath(appRouter, path);
  if (!procedure || procedure._def.type !== "query") return undefined;
  const config = appRouter._def._config;
  const rawInput = params.get("input");
  let input: unknown;
  if (rawInput) {
    try {
      input = config.transformer.input.deserialize(JSON.parse(rawInput));
    } catch {
      return undefined;
    }
  }
  let ctx: Context | undefined;
  try {
    ctx = await contextFor(request.headers, getSessionId);
    const data: unknown = await procedure({ path, getRawInput: () => Promise.resolve(input), ctx, type: "query", signal: undefined, batchIndex: 0 });
    return { status: 200, headers: JSON_ANSWER_HEADERS, body: JSON.stringify(transformTRPCResponse(config, { result: { data } })) };
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    reportError({ error, path });
    const shape = getErrorShape({ config, ctx, error, input, path, type: "query" });
    return { status: getHTTPStatusCodeFromError(error), headers: { ...JSON_ANSWER_HEADERS, ...retryAfterHeaders([error]) }, body: JSON.stringify(transformTRPCResponse(config, { error: shape })) };
  }
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
    createContext: () => contextFor(limited.headers, getSessionId),
    responseMeta: ({ errors }) => ({ headers: retryAfterHeaders(errors) }),
    onError: reportError,
  });
}
