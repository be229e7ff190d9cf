import {
  ApiError,
  GoogleGenAI,
  type Content,
  type GenerateContentConfig,
  type GenerateContentResponse,
  type Part,
} from "@google/genai";
import { AiServiceError } from "./ai-service-error";
import { generateObjectWith } from "./generate-object";
import { toJsonSchema } from "./json-schema";
import type { AiFunctionCall, AiMessage, AiPart, AiProvider, GenerateRequest, GenerateResult } from "./provider";

export interface GeminiProviderOptions {
  apiKey: string;
  model: string;
  /** Defaults to Google's endpoint; set for proxies and the loopback fake in tests. */
  baseUrl?: string;
  /** A hung request would otherwise hold an Inngest step or a copilot reply open indefinitely. */
  timeoutMs?: number;
  /** Retries of 429, 408 and 5xx answers by the SDK; tests shorten the delays. */
  retry?: GeminiRetryOptions;
}

export interface GeminiRetryOptions {
  /** Attempts including the first. */
  attempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

/**
 * Three attempts, waits of at most 2 s and 4 s (the SDK doubles the delay and adds up to 100 %
 * jitter): a rate-limited copilot reply fails within ~6 s plus the attempts instead of hanging.
 */
export const DEFAULT_GEMINI_RETRY: GeminiRetryOptions = { attempts: 3, initialDelayMs: 1000, maxDelayMs: 4000 };

const DEFAULT_TIMEOUT_MS = 60_000;
const BLOCKING_FINISH_REASONS = new Set(["SAFETY", "PROHIBITED_CONTENT", "BLOCKLIST", "SPII", "IMAGE_SAFETY"]);

export function createGeminiProvider(options: GeminiProviderOptions): AiProvider {
  const retry = options.retry ?? DEFAULT_GEMINI_RETRY;
  const client = new GoogleGenAI({
    apiKey: options.apiKey,
    // Explicit, so a stray GOOGLE_GENAI_USE_VERTEXAI in the environment cannot reroute requests.
    vertexai: false,
    httpOptions: {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      apiVersion: "v1beta",
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retryOptions: {
        attempts: retry.attempts,
        initialDelay: retry.initialDelayMs / 1000,
        maxDelay: retry.maxDelayMs / 1000,
        expBase: 2,
      },
    },
  });

  const provider: AiProvider = {
    name: "gemini",
    model: options.model,
    async generate(request) {
      let response: GenerateContentResponse;
      try {
        response = await client.models.generateContent({
          model: options.model,
          contents: request.messages.map(toContent),
          config: toConfig(request),
        });
      } catch (error) {
        throw wrapError(error);
      }
      return toResult(response);
    },
    generateObject(schema, prompt, generateOptions) {
      return generateObjectWith(provider, schema, prompt, generateOptions);
    },
  };
  return provider;
}

function toConfig(request: GenerateRequest): GenerateContentConfig {
  const config: GenerateContentConfig = {};
  const clock = clockLine(request);
  if (request.system || clock) config.systemInstruction = [request.system, clock].filter(Boolean).join("\n\n");
  if (request.temperature !== undefined) config.temperature = request.temperature;
  if (request.maxOutputTokens !== undefined) config.maxOutputTokens = request.maxOutputTokens;
  if (request.abortSignal) config.abortSignal = request.abortSignal;
  if (request.tools?.length) {
    config.tools = [
      {
        functionDeclarations: request.tools.map((tool) => ({
          name: tool.name,
          description: tool.description,
          ...(tool.parameters ? { parametersJsonSchema: toJsonSchema(tool.parameters) } : {}),
        })),
      },
    ];
  }
  if (request.responseSchema) {
    config.responseMimeType = "application/json";
    config.responseJsonSchema = toJsonSchema(request.responseSchema);
  }
  return config;
}

/** The model has no clock: without this line "tomorrow at 3" resolves against its training data. */
function clockLine(request: GenerateRequest): string | undefined {
  if (!request.now && !request.timeZone) return undefined;
  const timeZone = request.timeZone ?? "UTC";
  const now = request.now ?? new Date();
  const local = new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "full", timeStyle: "short" }).format(now);
  return `Current date and time: ${local} (${timeZone}; ${now.toISOString()} UTC). Resolve relative dates against it and give dates to tools as ISO 8601 with the offset.`;
}

function toContent(message: AiMessage): Content {
  return { role: message.role, parts: message.parts.map(toPart) };
}

function toPart(part: AiPart): Part {
  const signature = part.thoughtSignature ? { thoughtSignature: part.thoughtSignature } : {};
  if ("text" in part) return { text: part.text, ...signature };
  if ("functionCall" in part) return { functionCall: { ...part.functionCall }, ...signature };
  return { functionResponse: { ...part.functionResponse }, ...signature };
}

function toResult(response: GenerateContentResponse): GenerateResult {
  const blockReason = response.promptFeedback?.blockReason;
  if (blockReason) {
    throw new AiServiceError(`Gemini blocked the prompt (${blockReason})`, { reason: "blocked", provider: "gemini" });
  }
  const candidate = response.candidates?.[0];
  // Thought parts are the model's private reasoning summary, not part of the answer.
  const parts = (candidate?.content?.parts ?? []).filter((part) => part.thought !== true);
  const message: AiMessage = { role: "model", parts: parts.flatMap(fromPart) };
  const text = parts.map((part) => part.text ?? "").join("");
  const functionCalls = message.parts.flatMap((part) => ("functionCall" in part ? [part.functionCall] : []));
  const finishReason = candidate?.finishReason;
  if (finishReason && BLOCKING_FINISH_REASONS.has(finishReason) && !text && functionCalls.length === 0) {
    throw new AiServiceError(`Gemini withheld the answer (${finishReason})`, { reason: "blocked", provider: "gemini" });
  }
  const usage = response.usageMetadata;
  return {
    text,
    functionCalls,
    message,
    ...(usage
      ? {
          usage: {
            promptTokens: usage.promptTokenCount ?? 0,
            outputTokens: usage.candidatesTokenCount ?? 0,
            totalTokens: usage.totalTokenCount ?? 0,
          },
        }
      : {}),
    ...(finishReason ? { finishReason } : {}),
    provider: "gemini",
  };
}

/** Keeps only the part kinds Harbor's message model knows; others (inline data, code) are dropped. */
function fromPart(part: Part): AiPart[] {
  const signature = part.thoughtSignature ? { thoughtSignature: part.thoughtSignature } : {};
  if (part.functionCall?.name) {
    const call: AiFunctionCall = { name: part.functionCall.name, args: part.functionCall.args ?? {} };
    if (part.functionCall.id) call.id = part.functionCall.id;
    return [{ functionCall: call, ...signature }];
  }
  if (typeof part.text === "string") return [{ text: part.text, ...signature }];
  return [];
}

function wrapError(error: unknown): AiServiceError {
  if (error instanceof AiServiceError) return error;
  if (error instanceof ApiError) {
    return new AiServiceError(`Gemini request failed with HTTP ${error.status}: ${apiErrorMessage(error)}`, {
      reason: "http",
      provider: "gemini",
      status: error.status,
      cause: error,
    });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new AiServiceError(`Gemini request failed: ${detail}`, { reason: "network", provider: "gemini", cause: error });
}

/** The SDK puts the whole JSON error body in the message; the human part is error.message. */
function apiErrorMessage(error: ApiError): string {
  try {
    const body = JSON.parse(error.message) as { error?: { message?: unknown } };
    if (typeof body.error?.message === "string") return body.error.message;
  } catch {
    // Not JSON: the SDK passed a plain-text body through, which is already readable.
  }
  return error.message;
}
