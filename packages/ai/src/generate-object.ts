import type { z } from "zod";
import { AiServiceError } from "./ai-service-error";
import type { AiMessage, AiProvider, GenerateObjectOptions, GenerateRequest } from "./provider";

/** Shared by every provider so Gemini and offline validate output the same way. */
export async function generateObjectWith<T extends z.ZodType>(
  provider: Pick<AiProvider, "name" | "generate">,
  schema: T,
  prompt: string | AiMessage[],
  options: GenerateObjectOptions = {},
): Promise<z.output<T>> {
  const messages: AiMessage[] = typeof prompt === "string" ? [{ role: "user", parts: [{ text: prompt }] }] : prompt;
  const request: GenerateRequest = { ...options, messages, responseSchema: schema };
  const result = await provider.generate(request);
  return parseObjectOutput(schema, result.text, provider.name);
}

export function parseObjectOutput<T extends z.ZodType>(
  schema: T,
  text: string,
  providerName: AiProvider["name"],
): z.output<T> {
  let json: unknown;
  try {
    json = JSON.parse(stripCodeFence(text));
  } catch (cause) {
    throw new AiServiceError(`The ${providerName} provider did not answer with JSON`, {
      reason: "invalid-output",
      provider: providerName,
      cause,
    });
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
  throw new AiServiceError(
    `The ${providerName} provider answered JSON that does not match the schema: ` +
      issues.map((issue) => `${issue.path}: ${issue.message}`).join("; "),
    { reason: "invalid-output", provider: providerName, issues, cause: parsed.error },
  );
}

/** JSON mode answers bare JSON, but models behind proxies sometimes wrap it in a markdown fence. */
function stripCodeFence(text: string): string {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/.exec(text);
  return fenced?.[1] ?? text;
}
