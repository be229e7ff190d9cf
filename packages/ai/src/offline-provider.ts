import { missingDetailsReply, pickTool } from "./copilot/pick-tool";
import { summarizeToolResults } from "./copilot/tool-summaries";
import { fillFromSchema } from "./fill-from-schema";
import { generateObjectWith } from "./generate-object";
import { toJsonSchema } from "./json-schema";
import type { AiFunctionCall, AiMessage, AiPart, AiProvider, GenerateRequest, GenerateResult, ToolDeclaration } from "./provider";

export const OFFLINE_MODEL = "harbor-offline-v1";
const OFFLINE_NOTICE = "Produced offline (no Gemini key is configured; no language model was used).";
const EXCERPT_LENGTH = 280;

/**
 * The provider used when GEMINI_API_KEY is not set. Everything is a pure function of the request
 * (with `now` given), so the same input always gives the same output and tests can assert exact
 * values. It answers in this order:
 *
 * 1. The last message carries functionResponse parts: one sentence per tool saying what was done
 *    or why it failed.
 * 2. The last user text is a slash command naming a declared tool, `/<tool> {"json": "args"}`,
 *    whose arguments pass the tool's schema: exactly that call.
 * 3. The request reads as one of the copilot's tool requests ("add a lead for …", "schedule a call
 *    with … tomorrow at 3"): a call to that tool, if it is declared, with the names, contacts,
 *    dates and topics found in the text, keeping only arguments the tool's schema declares. If
 *    the schema still rejects them, a text asking for what is missing instead of a call.
 * 4. A responseSchema: JSON built from the schema by fillFromSchema (defaults, neutral values,
 *    the offline summary in prose fields).
 * 5. Otherwise: a summary that quotes the start of the last user message and says it is offline.
 */
export function createOfflineProvider(): AiProvider {
  const provider: AiProvider = {
    name: "offline",
    model: OFFLINE_MODEL,
    async generate(request) {
      return generateOffline(request);
    },
    generateObject(schema, prompt, options) {
      return generateObjectWith(provider, schema, prompt, options);
    },
  };
  return provider;
}

function generateOffline(request: GenerateRequest): GenerateResult {
  const last = request.messages.at(-1);
  const toolResults = last?.parts.flatMap((part) => ("functionResponse" in part ? [part.functionResponse] : [])) ?? [];
  if (toolResults.length > 0) {
    return textResult(summarizeToolResults(toolResults, { timeZone: request.timeZone ?? "UTC", messages: request.messages }));
  }

  const prompt = lastUserText(request.messages);
  const tools = request.tools ?? [];
  const slashCall = tools.length ? matchSlashCommand(prompt, tools) : undefined;
  if (slashCall) return callResult(slashCall);
  if (tools.length) {
    const pick = pickTool(prompt, tools, { now: request.now ?? new Date(), timeZone: request.timeZone ?? "UTC" });
    if (pick.kind === "call") return callResult(pick.call);
    if (pick.kind === "missing") return textResult(missingDetailsReply(pick.tool, pick.fields));
  }

  const narrative = summarizeOffline(prompt);
  if (request.responseSchema) {
    const value = fillFromSchema(toJsonSchema(request.responseSchema), { narrative });
    return textResult(JSON.stringify(value));
  }
  return textResult(narrative);
}

/** Deterministic, extractive: the first sentences of the request, whitespace collapsed. */
export function summarizeOffline(prompt: string): string {
  const collapsed = prompt.replace(/\s+/g, " ").trim();
  if (!collapsed) return `${OFFLINE_NOTICE} The request was empty.`;
  const words = collapsed.split(" ").length;
  const sentences = collapsed.match(/[^.!?]+[.!?]*/g) ?? [collapsed];
  let excerpt = "";
  for (const sentence of sentences) {
    if (excerpt && excerpt.length + sentence.length > EXCERPT_LENGTH) break;
    excerpt += sentence;
  }
  excerpt = truncate(excerpt.trim(), EXCERPT_LENGTH);
  return `${OFFLINE_NOTICE} Request (${words} words): "${excerpt}"`;
}

function matchSlashCommand(prompt: string, tools: ToolDeclaration[]): AiFunctionCall | undefined {
  const match = /^\/([A-Za-z0-9_.-]+)(?:\s+([\s\S]*))?$/.exec(prompt.trim());
  const name = match?.[1];
  const tool = tools.find((candidate) => candidate.name === name);
  if (!match || !tool) return undefined;
  let args: unknown = {};
  const rawArgs = match[2]?.trim();
  if (rawArgs) {
    try {
      args = JSON.parse(rawArgs);
    } catch {
      return undefined;
    }
  }
  if (typeof args !== "object" || args === null || Array.isArray(args)) return undefined;
  if (tool.parameters && !tool.parameters.safeParse(args).success) return undefined;
  return { name: tool.name, args: args as Record<string, unknown> };
}

function lastUserText(messages: AiMessage[]): string {
  const lastUser = messages.findLast((message) => message.role === "user");
  return (lastUser?.parts ?? []).map(partText).join("\n");
}

function partText(part: AiPart): string {
  return "text" in part ? part.text : "";
}

function callResult(call: AiFunctionCall): GenerateResult {
  const message: AiMessage = { role: "model", parts: [{ functionCall: call }] };
  return { text: "", functionCalls: [call], message, finishReason: "STOP", provider: "offline" };
}

function textResult(text: string): GenerateResult {
  return {
    text,
    functionCalls: [],
    message: { role: "model", parts: [{ text }] },
    finishReason: "STOP",
    provider: "offline",
  };
}

function truncate(value: string, length: number): string {
  return value.length <= length ? value : `${value.slice(0, length - 1).trimEnd()}…`;
}
