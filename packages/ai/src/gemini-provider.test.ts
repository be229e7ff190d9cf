import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { AiServiceError } from "./ai-service-error";
import { createGeminiProvider } from "./gemini-provider";
import { createAiProvider } from "./index";
import type { AiProvider } from "./provider";
import { geminiError, geminiFunctionCall, geminiJson, geminiParts, geminiText, startFakeGeminiServer, type FakeGeminiServer } from "./testing";

const FAST_RETRY = { attempts: 3, initialDelayMs: 5, maxDelayMs: 20 };

let gemini: FakeGeminiServer;
let provider: AiProvider;

beforeAll(async () => {
  gemini = await startFakeGeminiServer({ apiKey: "test-key-123" });
  // Short retry waits keep the failure tests fast; the default budget has its own test below.
  provider = createGeminiProvider({ apiKey: gemini.apiKey, model: "gemini-2.5-flash", baseUrl: gemini.baseUrl, retry: FAST_RETRY });
});

afterAll(async () => {
  await gemini.close();
});

const searchLeads = {
  name: "search_leads",
  description: "Finds leads by name or email",
  parameters: z.object({ query: z.string().describe("Free text"), limit: z.number().int().max(50).optional() }),
};

describe("gemini provider against the fake Gemini API", () => {
  it("is chosen when a key is configured", () => {
    const configured = createAiProvider(gemini.env);
    expect(configured.name).toBe("gemini");
    expect(configured.model).toBe("gemini-2.5-flash");
  });

  it("uses the organization's model when one is set", async () => {
    const chosen = createAiProvider(gemini.env, { model: "gemini-2.5-pro" });
    expect(chosen.model).toBe("gemini-2.5-pro");
    gemini.enqueue(geminiText("ok"));
    await chosen.generate({ messages: [{ role: "user", parts: [{ text: "hi" }] }] });
    expect(gemini.requests.at(-1)?.path).toBe("/v1beta/models/gemini-2.5-pro:generateContent");
    expect(createAiProvider(gemini.env, { model: " " }).model).toBe("gemini-2.5-flash");
  });

  it("returns the model's text and token usage", async () => {
    gemini.enqueue(geminiText("Renewal is due in 30 days."));
    const result = await provider.generate({ messages: [{ role: "user", parts: [{ text: "When is it due?" }] }] });
    expect(result).toMatchObject({ text: "Renewal is due in 30 days.", functionCalls: [], provider: "gemini", finishReason: "STOP" });
    expect(result.usage?.totalTokens).toBeGreaterThan(0);
    expect(result.message).toEqual({ role: "model", parts: [{ text: "Renewal is due in 30 days." }] });
  });

  it("sends the api key, system instruction, tool declarations and temperature", async () => {
    gemini.enqueue(geminiText("ok"));
    const before = gemini.requests.length;
    await provider.generate({
      system: "You are Harbor's copilot.",
      messages: [{ role: "user", parts: [{ text: "Find Ada" }] }],
      tools: [searchLeads],
      temperature: 0.2,
    });
    const request = gemini.requests[before];
    expect(request?.path).toBe("/v1beta/models/gemini-2.5-flash:generateContent");
    expect(request?.apiKey).toBe("test-key-123");
    expect(request?.body.systemInstruction?.parts?.[0]?.text).toBe("You are Harbor's copilot.");
    expect(request?.body.contents).toEqual([{ role: "user", parts: [{ text: "Find Ada" }] }]);
    expect(request?.body.generationConfig).toMatchObject({ temperature: 0.2 });
    const declaration = request?.body.tools?.[0]?.functionDeclarations?.[0];
    expect(declaration).toMatchObject({
      name: "search_leads",
      description: "Finds leads by name or email",
      parametersJsonSchema: {
        type: "object",
        properties: { query: { type: "string", description: "Free text" } },
        required: ["query"],
      },
    });
  });

  it("tells the model the request's time and zone", async () => {
    gemini.enqueue(geminiText("ok"));
    await provider.generate({
      system: "Be brief.",
      messages: [{ role: "user", parts: [{ text: "tomorrow at 3" }] }],
      now: new Date("2026-06-01T15:00:00Z"),
      timeZone: "America/Chicago",
    });
    expect(gemini.requests.at(-1)?.body.systemInstruction?.parts?.[0]?.text).toBe(
      "Be brief.\n\nCurrent date and time: Monday, June 1, 2026 at 10:00 AM (America/Chicago; 2026-06-01T15:00:00.000Z UTC). " +
        "Resolve relative dates against it and give dates to tools as ISO 8601 with the offset.",
    );
  });

  it("parses a functionCall answer into functionCalls and round-trips the turn", async () => {
    gemini.enqueue({
      kind: "content",
      parts: [{ functionCall: { id: "call-1", name: "search_leads", args: { query: "Ada" } }, thoughtSignature: "sig-1" }],
    });
    const first = await provider.generate({ messages: [{ role: "user", parts: [{ text: "Find Ada" }] }], tools: [searchLeads] });
    expect(first.functionCalls).toEqual([{ id: "call-1", name: "search_leads", args: { query: "Ada" } }]);
    expect(first.text).toBe("");

    gemini.enqueue(geminiText("Ada Lovelace is a lead."));
    const before = gemini.requests.length;
    const second = await provider.generate({
      messages: [
        { role: "user", parts: [{ text: "Find Ada" }] },
        first.message,
        { role: "user", parts: [{ functionResponse: { id: "call-1", name: "search_leads", response: { items: [] } } }] },
      ],
      tools: [searchLeads],
    });
    expect(second.text).toBe("Ada Lovelace is a lead.");
    expect(gemini.requests[before]?.body.contents?.[1]).toEqual({
      role: "model",
      parts: [{ functionCall: { id: "call-1", name: "search_leads", args: { query: "Ada" } }, thoughtSignature: "sig-1" }],
    });
  });

  it("wraps HTTP 500 in a retryable AiServiceError once the SDK's retries are spent", async () => {
    gemini.enqueue(geminiError(500, "backend exploded"), geminiError(500, "backend exploded"), geminiError(500, "backend exploded"));
    const before = gemini.requests.length;
    const error = await provider.generate({ messages: [{ role: "user", parts: [{ text: "hi" }] }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AiServiceError);
    expect(error).toMatchObject({ code: "AI_SERVICE_ERROR", reason: "http", status: 500, provider: "gemini", retryable: true });
    expect((error as Error).message).toContain("backend exploded");
    expect(gemini.requests.length - before).toBe(3);
  });

  it("retries a 429 and a 503 and returns the answer that follows", async () => {
    gemini.enqueue(geminiError(429, "quota"), geminiError(503, "overloaded"), geminiText("third time lucky"));
    const before = gemini.requests.length;
    const result = await provider.generate({ messages: [{ role: "user", parts: [{ text: "hi" }] }] });
    expect(result.text).toBe("third time lucky");
    expect(gemini.requests.length - before).toBe(3);
  });

  it("does not retry a 4xx other than 429", async () => {
    gemini.enqueue(geminiError(403, "forbidden"), geminiText("never sent"));
    const before = gemini.requests.length;
    await expect(provider.generate({ messages: [{ role: "user", parts: [{ text: "hi" }] }] })).rejects.toMatchObject({
      reason: "http",
      status: 403,
      retryable: false,
    });
    expect(gemini.requests.length - before).toBe(1);
    await provider.generate({ messages: [{ role: "user", parts: [{ text: "drain" }] }] });
  });

  it("gives up on a persistent 429 within 10 seconds with the default retries", async () => {
    const configured = createAiProvider(gemini.env);
    gemini.enqueue(geminiError(429, "quota"), geminiError(429, "quota"), geminiError(429, "quota"));
    const before = gemini.requests.length;
    const started = Date.now();
    const error = await configured.generate({ messages: [{ role: "user", parts: [{ text: "hi" }] }] }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error).toMatchObject({ code: "AI_SERVICE_ERROR", reason: "http", status: 429, retryable: true });
    expect(gemini.requests.length - before).toBe(3);
  }, 15_000);

  it("returns text beside several function calls from one answer", async () => {
    gemini.enqueue(
      geminiParts(
        { text: "Looking both up." },
        { functionCall: { name: "search_leads", args: { query: "Ada" } } },
        { functionCall: { name: "search_leads", args: { query: "Grace" } } },
      ),
    );
    const result = await provider.generate({ messages: [{ role: "user", parts: [{ text: "Find Ada and Grace" }] }], tools: [searchLeads] });
    expect(result.text).toBe("Looking both up.");
    expect(result.functionCalls.map((call) => call.args)).toEqual([{ query: "Ada" }, { query: "Grace" }]);
  });

  it("rejects a wrong api key with a non-retryable AiServiceError", async () => {
    const wrongKey = createGeminiProvider({ apiKey: "wrong", model: "gemini-2.5-flash", baseUrl: gemini.baseUrl, retry: FAST_RETRY });
    const error = await wrongKey.generate({ messages: [{ role: "user", parts: [{ text: "hi" }] }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "AI_SERVICE_ERROR", reason: "http", status: 400, retryable: false });
  });

  it("reports an unreachable endpoint as a network AiServiceError", async () => {
    const unreachable = createGeminiProvider({ apiKey: "k", model: "m", baseUrl: "http://127.0.0.1:9", retry: FAST_RETRY });
    const error = await unreachable.generate({ messages: [{ role: "user", parts: [{ text: "hi" }] }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "AI_SERVICE_ERROR", reason: "network", retryable: true });
  });

  it("treats a blocked prompt as a blocked AiServiceError", async () => {
    gemini.enqueue({ kind: "raw", status: 200, body: { promptFeedback: { blockReason: "SAFETY" } } });
    const error = await provider.generate({ messages: [{ role: "user", parts: [{ text: "hi" }] }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "AI_SERVICE_ERROR", reason: "blocked" });
  });
});

describe("generateObject with gemini", () => {
  const Sentiment = z.object({ sentiment: z.enum(["positive", "neutral", "negative"]), urgency: z.number().min(0).max(1) });

  it("asks for JSON with the schema and returns the validated value", async () => {
    gemini.enqueue(geminiJson({ sentiment: "negative", urgency: 0.8 }));
    const before = gemini.requests.length;
    const value = await provider.generateObject(Sentiment, "My claim was denied again!");
    expect(value).toEqual({ sentiment: "negative", urgency: 0.8 });
    expect(gemini.requests[before]?.body.generationConfig).toMatchObject({
      responseMimeType: "application/json",
      responseJsonSchema: { type: "object", required: ["sentiment", "urgency"] },
    });
  });

  it("throws AiServiceError with the failing fields when the JSON does not match", async () => {
    gemini.enqueue(geminiText('{"sentiment":"furious","urgency":3}'));
    const error = await provider.generateObject(Sentiment, "text").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AiServiceError);
    expect(error).toMatchObject({ code: "AI_SERVICE_ERROR", reason: "invalid-output", retryable: false });
    expect((error as AiServiceError).issues.map((issue) => issue.path)).toEqual(["sentiment", "urgency"]);
  });

  it("throws AiServiceError when the answer is not JSON at all", async () => {
    gemini.enqueue(geminiText("Sure! The sentiment is negative."));
    await expect(provider.generateObject(Sentiment, "text")).rejects.toMatchObject({ reason: "invalid-output" });
  });

  it("accepts JSON wrapped in a markdown fence", async () => {
    gemini.enqueue(geminiText('```json\n{"sentiment":"neutral","urgency":0}\n```'));
    await expect(provider.generateObject(Sentiment, "text")).resolves.toEqual({ sentiment: "neutral", urgency: 0 });
  });
});

describe("fake gemini server", () => {
  it("answers HTTP 500 when no reply is queued, so a missing script is loud", async () => {
    await expect(provider.generate({ messages: [{ role: "user", parts: [{ text: "hi" }] }] })).rejects.toMatchObject({
      status: 500,
      message: expect.stringContaining("no scripted reply") as string,
    });
  });

  it("speaks the function-call helper shape", async () => {
    gemini.enqueue(geminiFunctionCall("list_tasks"));
    const result = await provider.generate({ messages: [{ role: "user", parts: [{ text: "tasks?" }] }] });
    expect(result.functionCalls).toEqual([{ name: "list_tasks", args: {} }]);
  });
});
