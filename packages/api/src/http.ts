import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "./context";
import { apiEnv } from "./env";
import { appRouter } from "./routers/root";

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

/** The HTTP entry point of the API, mounted by the web app at /api/trpc. */
export function handleTrpcRequest(request: Request, { endpoint = "/api/trpc", getSessionId }: HandleTrpcRequestOptions = {}) {
  const limited = withBodyLimit(request, apiEnv().API_MAX_BODY_BYTES);
  return fetchRequestHandler({
    endpoint,
    req: limited,
    router: appRouter,
    createContext: () => createContext({ headers: limited.headers, getSessionId }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}
