import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { AiEnv } from "../env";

/** One part of a scripted answer, in Gemini's REST shape. */
export type FakeGeminiPart =
  | { text: string; thought?: boolean; thoughtSignature?: string }
  | { functionCall: { id?: string; name: string; args: Record<string, unknown> }; thoughtSignature?: string };

export type FakeGeminiReply =
  | { kind: "content"; parts: FakeGeminiPart[]; finishReason?: string }
  /** Any JSON body, for shapes the helpers do not cover (prompt feedback, several candidates). */
  | { kind: "raw"; status: number; body: unknown }
  | { kind: "error"; status: number; message: string };

export interface FakeGeminiRequest {
  method: string;
  path: string;
  model: string;
  stream: boolean;
  apiKey: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  body: FakeGeminiRequestBody;
}

/** The parts of the request body tests inspect; the rest is kept as sent. */
export interface FakeGeminiRequestBody {
  contents?: { role?: string; parts?: Record<string, unknown>[] }[];
  systemInstruction?: { role?: string; parts?: { text?: string }[] };
  tools?: { functionDeclarations?: { name: string; description?: string; parametersJsonSchema?: unknown }[] }[];
  generationConfig?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface FakeGeminiServer {
  /** Pass as GEMINI_BASE_URL / httpOptions.baseUrl. */
  baseUrl: string;
  apiKey: string;
  /** Ready-made environment for createAiProvider(env). */
  env: AiEnv;
  requests: FakeGeminiRequest[];
  /** Replies are used in order, one per request; with none left the server answers HTTP 500. */
  enqueue(...replies: FakeGeminiReply[]): void;
  close(): Promise<void>;
}

export const geminiText = (text: string): FakeGeminiReply => ({ kind: "content", parts: [{ text }] });

export const geminiFunctionCall = (name: string, args: Record<string, unknown> = {}, id?: string): FakeGeminiReply => ({
  kind: "content",
  parts: [{ functionCall: { name, args, ...(id ? { id } : {}) } }],
});

/** A structured-output answer: the JSON as the one text part, as Gemini's JSON mode sends it. */
export const geminiJson = (value: unknown): FakeGeminiReply => ({ kind: "content", parts: [{ text: JSON.stringify(value) }] });

/** Several parts in one answer (text beside function calls, several calls). */
export const geminiParts = (...parts: FakeGeminiPart[]): FakeGeminiReply => ({ kind: "content", parts });

export const geminiError = (status: number, message = "scripted failure"): FakeGeminiReply => ({
  kind: "error",
  status,
  message,
});

const ROUTE = /^\/v1beta\/models\/([^/:]+):(generateContent|streamGenerateContent)$/;

/**
 * A loopback server speaking the subset of the Gemini REST API Harbor uses, so tests run the real
 * @google/genai SDK (URL building, headers, body mapping, error handling) without the network.
 */
export async function startFakeGeminiServer(
  options: { apiKey?: string; model?: string } = {},
): Promise<FakeGeminiServer> {
  const apiKey = options.apiKey ?? "fake-gemini-key";
  const requests: FakeGeminiRequest[] = [];
  const queue: FakeGeminiReply[] = [];

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      sendError(response, 500, `fake gemini crashed: ${String(error)}`);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://localhost");
    const route = ROUTE.exec(url.pathname);
    const model = route?.[1];
    if (request.method !== "POST" || !route || !model) {
      return sendError(response, 404, `fake gemini has no route ${request.method} ${url.pathname}`);
    }
    const raw = await readBody(request);
    const headerKey = request.headers["x-goog-api-key"];
    const sentKey = typeof headerKey === "string" ? headerKey : (url.searchParams.get("key") ?? undefined);
    const stream = route[2] === "streamGenerateContent";
    let body: FakeGeminiRequestBody;
    try {
      body = JSON.parse(raw || "{}") as FakeGeminiRequestBody;
    } catch {
      return sendError(response, 400, "Invalid JSON payload received.");
    }
    requests.push({ method: request.method, path: url.pathname, model, stream, apiKey: sentKey, headers: request.headers, body });

    if (sentKey !== apiKey) {
      return sendError(response, 400, "API key not valid. Please pass a valid API key.", "INVALID_ARGUMENT");
    }
    const reply = queue.shift();
    if (!reply) return sendError(response, 500, "fake gemini: no scripted reply left in the queue");
    if (reply.kind === "error") return sendError(response, reply.status, reply.message);
    const answer = reply.kind === "raw" ? reply.body : contentBody(reply, model, body);
    const status = reply.kind === "raw" ? reply.status : 200;
    if (stream && status === 200) {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.end(`data: ${JSON.stringify(answer)}\r\n\r\n`);
      return;
    }
    sendJson(response, status, answer);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    baseUrl,
    apiKey,
    env: { GEMINI_API_KEY: apiKey, GEMINI_BASE_URL: baseUrl, GEMINI_MODEL: options.model ?? "gemini-2.5-flash" },
    requests,
    enqueue: (...replies) => void queue.push(...replies),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function contentBody(reply: Extract<FakeGeminiReply, { kind: "content" }>, model: string, request: FakeGeminiRequestBody) {
  // Rough but deterministic token counts, so usage mapping can be asserted.
  const promptTokens = Math.ceil(JSON.stringify(request.contents ?? []).length / 4);
  const outputTokens = Math.ceil(JSON.stringify(reply.parts).length / 4);
  return {
    candidates: [{ content: { role: "model", parts: reply.parts }, finishReason: reply.finishReason ?? "STOP", index: 0 }],
    usageMetadata: { promptTokenCount: promptTokens, candidatesTokenCount: outputTokens, totalTokenCount: promptTokens + outputTokens },
    modelVersion: model,
    responseId: "fake-response",
  };
}

const STATUS_NAMES: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
};

function sendError(response: ServerResponse, status: number, message: string, statusName?: string): void {
  sendJson(response, status, { error: { code: status, message, status: statusName ?? STATUS_NAMES[status] ?? "UNKNOWN" } });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=UTF-8" });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
