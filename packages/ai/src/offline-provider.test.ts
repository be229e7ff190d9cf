import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AiServiceError } from "./ai-service-error";
import { createAiProvider } from "./index";
import { createOfflineProvider, summarizeOffline } from "./offline-provider";
import type { GenerateRequest } from "./provider";

const offline = createOfflineProvider();
const ask = (text: string): GenerateRequest => ({ messages: [{ role: "user", parts: [{ text }] }] });

describe("offline provider", () => {
  it("is chosen when no key is configured and never claims to be Gemini", async () => {
    const provider = createAiProvider({ GEMINI_MODEL: "gemini-2.5-flash" });
    expect(provider.name).toBe("offline");
    expect(provider.model).not.toMatch(/gemini/i);
    const result = await provider.generate(ask("Summarize this call."));
    expect(result.provider).toBe("offline");
    expect(result.text).toMatch(/offline/i);
  });

  it("answers the same request with the same text every time", async () => {
    const request = ask("Customer called about   her auto policy.\nShe wants to add a teen driver. Also asked about bundling home.");
    const first = await offline.generate(request);
    const second = await createOfflineProvider().generate(request);
    expect(second).toEqual(first);
    expect(first.text).toBe(
      'Produced offline (no Gemini key is configured; no language model was used). Request (18 words): ' +
        '"Customer called about her auto policy. She wants to add a teen driver. Also asked about bundling home."',
    );
  });

  it("keeps the quoted excerpt short for long prompts", () => {
    const summary = summarizeOffline("word ".repeat(500));
    expect(summary).toContain("(500 words)");
    expect(summary.length).toBeLessThan(420);
  });

  it("does not invent function calls from prose", async () => {
    const tools = [{ name: "search_leads", description: "Finds leads", parameters: z.object({ query: z.string() }) }];
    const result = await offline.generate({ ...ask("please search_leads for Ada"), tools });
    expect(result.functionCalls).toEqual([]);
    expect(result.text).toMatch(/^Produced offline/);
  });

  it("calls a declared tool for a slash command whose arguments pass its schema", async () => {
    const tools = [
      { name: "search_leads", description: "Finds leads", parameters: z.object({ query: z.string() }) },
      { name: "list_tasks", description: "Lists my tasks" },
    ];
    const call = await offline.generate({ ...ask('/search_leads {"query":"Ada"}'), tools });
    expect(call.functionCalls).toEqual([{ name: "search_leads", args: { query: "Ada" } }]);
    expect(call.message.parts).toEqual([{ functionCall: { name: "search_leads", args: { query: "Ada" } } }]);
    expect((await offline.generate({ ...ask("/list_tasks"), tools })).functionCalls).toEqual([
      { name: "list_tasks", args: {} },
    ]);
    expect((await offline.generate({ ...ask('/search_leads {"query":42}'), tools })).functionCalls).toEqual([]);
    expect((await offline.generate({ ...ask("/unknown_tool"), tools })).functionCalls).toEqual([]);
    expect((await offline.generate(ask("/list_tasks"))).functionCalls).toEqual([]);
  });

  it("reports tool results after a function response", async () => {
    const result = await offline.generate({
      messages: [
        { role: "user", parts: [{ text: "/list_tasks" }] },
        { role: "model", parts: [{ functionCall: { name: "list_tasks", args: {} } }] },
        { role: "user", parts: [{ functionResponse: { name: "list_tasks", response: { count: 2 } } }] },
      ],
    });
    expect(result).toMatchObject({ functionCalls: [], provider: "offline" });
    expect(result.text).toBe("list_tasks: done.");
  });
});

describe("offline generateObject", () => {
  it("builds a valid, deterministic value from the schema's defaults and shape", async () => {
    const Insight = z.object({
      title: z.string().max(40),
      summary: z.string(),
      sentiment: z.enum(["positive", "neutral", "negative"]),
      priority: z.enum(["high", "low"]),
      confidence: z.number().min(0).max(1),
      followUps: z.array(z.string()),
      channel: z.string().default("email"),
      escalate: z.boolean(),
      contactEmail: z.email().nullable(),
      nextStep: z.object({ dueInDays: z.number().int().min(1), note: z.string().optional() }),
    });
    const prompt = "Policy holder asked to cancel. Premium went up 30%.";
    const value = await offline.generateObject(Insight, prompt);
    expect(value).toEqual({
      title: "Offline draft",
      summary: summarizeOffline(prompt),
      sentiment: "neutral",
      priority: "high",
      confidence: 0,
      followUps: [],
      channel: "email",
      escalate: false,
      contactEmail: null,
      nextStep: { dueInDays: 1 },
    });
    expect(await offline.generateObject(Insight, prompt)).toEqual(value);
  });

  it("fills recursive and length-limited schemas", async () => {
    type Node = { label: string; children: Node[] };
    const NodeSchema: z.ZodType<Node> = z.lazy(() => z.object({ label: z.string().min(3), children: z.array(NodeSchema) }));
    expect(await offline.generateObject(NodeSchema, "tree")).toEqual({ label: "offline", children: [] });
    expect(await offline.generateObject(z.object({ reply: z.string().max(20) }), "x ".repeat(50))).toEqual({
      reply: "Produced offline (n…",
    });
  });

  it("throws AiServiceError when the schema's own rules reject the filled value", async () => {
    const Strict = z.object({ score: z.number() }).refine((value) => value.score > 10, "score must exceed 10");
    const error = await offline.generateObject(Strict, "anything").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AiServiceError);
    expect(error).toMatchObject({ code: "AI_SERVICE_ERROR", reason: "invalid-output", provider: "offline" });
  });
});
