import type { z } from "zod";

export type AiProviderName = "gemini" | "offline";

export type AiRole = "user" | "model";

export interface AiFunctionCall {
  /** Gemini's call id; echo it in the matching functionResponse when present. */
  id?: string;
  name: string;
  args: Record<string, unknown>;
}

export interface AiFunctionResponse {
  id?: string;
  name: string;
  response: Record<string, unknown>;
}

/**
 * Mirrors Gemini's Part. `thoughtSignature` must travel back with the part it came on: newer
 * Gemini models reject a function-calling turn whose signatures were dropped, which is why
 * results carry the model turn verbatim in `message`.
 */
export type AiPart = (
  | { text: string }
  | { functionCall: AiFunctionCall }
  | { functionResponse: AiFunctionResponse }
) & { thoughtSignature?: string };

export interface AiMessage {
  role: AiRole;
  parts: AiPart[];
}

export interface ToolDeclaration {
  /** Letters, digits and underscores; the model calls the tool by this name. */
  name: string;
  description: string;
  /** Schema of the arguments; sent to the model as JSON Schema. Omit for a tool without arguments. */
  parameters?: z.ZodType;
}

export interface GenerateRequest {
  system?: string;
  messages: AiMessage[];
  tools?: ToolDeclaration[];
  /** Asks for JSON matching this schema; `text` then holds the JSON. Validate with generateObject. */
  responseSchema?: z.ZodType;
  temperature?: number;
  /** Upper bound on the answer's length, in tokens. */
  maxOutputTokens?: number;
  abortSignal?: AbortSignal;
  /** The moment "tomorrow at 3" is resolved against; the current time when absent. */
  now?: Date;
  /** The agent's IANA time zone for the same; UTC when absent. */
  timeZone?: string;
}

export interface AiUsage {
  promptTokens: number;
  outputTokens: number;
  totalTokens: number;
}

export interface GenerateResult {
  text: string;
  functionCalls: AiFunctionCall[];
  /** The model's turn as it should be appended to the conversation for the next call. */
  message: AiMessage;
  usage?: AiUsage;
  finishReason?: string;
  provider: AiProviderName;
}

export interface GenerateObjectOptions {
  system?: string;
  temperature?: number;
  abortSignal?: AbortSignal;
}

/** The single entry point every AI feature uses; implementations: Gemini and offline. */
export interface AiProvider {
  readonly name: AiProviderName;
  readonly model: string;
  generate(request: GenerateRequest): Promise<GenerateResult>;
  /** Generates JSON for `schema` and validates it; throws AiServiceError on anything invalid. */
  generateObject<T extends z.ZodType>(
    schema: T,
    prompt: string | AiMessage[],
    options?: GenerateObjectOptions,
  ): Promise<z.output<T>>;
}
