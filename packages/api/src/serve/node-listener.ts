import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { TRPCError } from "@trpc/server";
import { apiEnv } from "../env";
import type { HeaderReader } from "../context";
import { withBodyLimit, type DirectAnswer } from "../http";
import { apiRoutes, findApiRoute, type ApiRoute } from "./api-routes";
import { apiContentSecurityPolicy } from "./security-headers";

export interface ApiListenerOptions {
  /** The server-side session the request's cookie names (the web app's next-auth JWT). */
  sessionId: (headers: Headers) => Promise<string | null | undefined>;
  routes?: readonly ApiRoute[];
}

/**
 * The API on node:http: `(req, res)` answers a request for one of `apiRoutes` and resolves true,
 * or resolves false and leaves it alone (a page, for Next.js). The request becomes a Fetch
 * `Request` once, the handler's `Response` is written back with a Content-Length when it came in
 * one piece, and its body is read through the same size limit as /api/trpc's.
 */
export function createApiListener({ sessionId, routes = apiRoutes }: ApiListenerOptions) {
  return async function serveApi(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const url = request.url ?? "/";
    const queryAt = url.indexOf("?");
    const route = findApiRoute(queryAt < 0 ? url : url.slice(0, queryAt), routes);
    if (!route) return false;
    response.setHeader("content-security-policy", apiContentSecurityPolicy);
    try {
      if (route.answerDirect) {
        const direct = { method: request.method ?? "GET", pathname: queryAt < 0 ? url : url.slice(0, queryAt), search: queryAt < 0 ? "" : url.slice(queryAt + 1), headers: headerReader(request) };
        const answer = await route.answerDirect(direct, { getSessionId: () => sessionId(fetchHeaders(request)) });
        if (answer) {
          writeDirectAnswer(answer, response);
          return true;
        }
      }
      const fetchRequest = toFetchRequest(request);
      const answer = await route.handle(fetchRequest, { getSessionId: () => sessionId(fetchRequest.headers) });
      await writeResponse(answer, response);
    } catch (error) {
      writeFailure(error, response);
    }
    return true;
  };
}

function fetchHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = request.rawHeaders;
  for (let index = 0; index < raw.length; index += 2) headers.append(raw[index]!, raw[index + 1]!);
  // As Next.js does for its route handlers: the peer's address when no proxy named the client.
  if (!headers.has("x-forwarded-for") && request.socket.remoteAddress) headers.set("x-forwarded-for", request.socket.remoteAddress);
  return headers;
}

/** The request's headers read as `fetchHeaders` would give them, without building a `Headers`. */
function headerReader(request: IncomingMessage): HeaderReader {
  return {
    get(name) {
      const key = name.toLowerCase();
      const value = request.headers[key];
      if (value === undefined) return key === "x-forwarded-for" ? (request.socket.remoteAddress ?? null) : null;
      return Array.isArray(value) ? value.join(key === "cookie" ? "; " : ", ") : value;
    },
  };
}

function writeDirectAnswer({ status, headers, body }: DirectAnswer, response: ServerResponse): void {
  response.statusCode = status;
  for (const name in headers) response.setHeader(name, headers[name]!);
  response.setHeader("content-length", Buffer.byteLength(body));
  response.end(body);
}

function toFetchRequest(request: IncomingMessage): Request {
  const headers = fetchHeaders(request);
  const url = `http://${headers.get("host") ?? "localhost"}${request.url ?? "/"}`;
  const method = request.method ?? "GET";
  if (method === "GET" || method === "HEAD") return new Request(url, { method, headers });
  const init: RequestInit & { duplex: "half" } = { method, headers, body: Readable.toWeb(request) as ReadableStream<Uint8Array>, duplex: "half" };
  return withBodyLimit(new Request(url, init), apiEnv().API_MAX_BODY_BYTES);
}

/** One chunk (every tRPC answer) goes out with a Content-Length; a longer body is streamed. */
async function writeResponse(answer: Response, response: ServerResponse): Promise<void> {
  response.statusCode = answer.status;
  answer.headers.forEach((value, name) => {
    if (name !== "set-cookie") response.setHeader(name, value);
  });
  const cookies = answer.headers.getSetCookie();
  if (cookies.length > 0) response.setHeader("set-cookie", cookies);
  if (!answer.body) {
    response.end();
    return;
  }
  const reader = (answer.body as ReadableStream<Uint8Array>).getReader();
  const first = await reader.read();
  const second = first.done ? first : await reader.read();
  if (second.done) {
    const body = first.value ?? new Uint8Array(0);
    response.setHeader("content-length", body.byteLength);
    response.end(body);
    return;
  }
  response.write(first.value);
  response.write(second.value);
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    if (!response.write(next.value)) await new Promise((resolve) => response.once("drain", resolve));
  }
  response.end();
}

function writeFailure(error: unknown, response: ServerResponse): void {
  const tooLarge = error instanceof TRPCError && error.code === "PAYLOAD_TOO_LARGE";
  if (!tooLarge) console.error("api: request failed:", error);
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const status = tooLarge ? 413 : 500;
  const body = JSON.stringify({ error: { code: tooLarge ? "PAYLOAD_TOO_LARGE" : "INTERNAL_ERROR", message: tooLarge ? error.message : "Internal server error" } });
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), "cache-control": "no-store" }).end(body);
}
