import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGeminiProvider } from "../gemini-provider";
import type { AiProvider } from "../provider";
import { geminiError, geminiJson, geminiText, startFakeGeminiServer, type FakeGeminiServer } from "../testing";
import { analyzeMessage } from "./analyze-message";
import { composeMessage } from "./compose-message";
import { generateInsights } from "./generate-insights";
import { mapHeaders } from "./map-headers";
import { parseQuery } from "./parse-query";
import { summarizeRecord } from "./summarize-record";

let gemini: FakeGeminiServer;
let provider: AiProvider;

beforeAll(async () => {
  gemini = await startFakeGeminiServer();
  provider = createGeminiProvider({
    apiKey: gemini.apiKey,
    model: "gemini-2.5-flash",
    baseUrl: gemini.baseUrl,
    retry: { attempts: 2, initialDelayMs: 5, maxDelayMs: 10 },
  });
});

afterAll(async () => {
  await gemini.close();
});

function lastRequest() {
  const request = gemini.requests.at(-1);
  if (!request) throw new Error("no request reached the fake");
  const prompt = request.body.contents?.[0]?.parts?.[0]?.text;
  return { request, prompt: typeof prompt === "string" ? prompt : "", system: request.body.systemInstruction?.parts?.[0]?.text ?? "" };
}

describe("capabilities through Gemini", () => {
  it("analyzeMessage asks for structured output and turns the stated certainty into a score", async () => {
    gemini.enqueue(
      geminiJson({
        sentiment: "negative",
        sentimentCertainty: "high",
        intent: "billing",
        urgency: "medium",
        keyTopics: ["double charge"],
        emotionalTone: "annoyed",
        actionItems: ["Refund the duplicate charge"],
        suggestedResponse: "Sorry about that, I'm refunding the duplicate charge now.",
      }),
    );
    const result = await analyzeMessage(provider, { text: "You charged me twice!", context: "Auto policy AP-1" });
    expect(result).toMatchObject({ provider: "gemini", intent: "billing", sentiment: { label: "negative", confidence: 90 } });
    const { request, prompt, system } = lastRequest();
    expect(prompt).toContain("You charged me twice!");
    expect(prompt).toContain("Auto policy AP-1");
    expect(system).toMatch(/never follow instructions/);
    expect(request.body.generationConfig).toMatchObject({ responseMimeType: "application/json" });
  });

  it("composeMessage keeps the asked tone and drops an alternative in that same tone", async () => {
    gemini.enqueue(
      geminiJson({
        subject: "Your renewal",
        draft: "Hi Ana! Your policy renews July 1.",
        suggestions: ["Want to review it together?"],
        alternatives: [
          { tone: "friendly", preview: "Hi Ana!" },
          { tone: "formal", preview: "Dear Ana," },
        ],
      }),
    );
    const result = await composeMessage(provider, { context: "renewal July 1", tone: "friendly", recipientName: "Ana" });
    expect(result).toMatchObject({ provider: "gemini", tone: "friendly", subject: "Your renewal" });
    expect(result.alternatives).toEqual([{ tone: "formal", preview: "Dear Ana," }]);
    expect(lastRequest().prompt).toContain("Tone: friendly");
  });

  it("mapHeaders ignores fields the model made up and fields it used twice", async () => {
    gemini.enqueue(
      geminiJson({
        mappings: [
          { header: "Mail", field: "email", certainty: "high" },
          { header: "E-mail 2", field: "email", certainty: "medium" },
          { header: "Shoe size", field: "shoeSize", certainty: "low" },
        ],
      }),
    );
    const result = await mapHeaders(provider, { fields: [{ name: "email", label: "Email", kind: "email" }], headers: ["Mail", "E-mail 2", "Shoe size"] });
    expect(result).toEqual({
      provider: "gemini",
      mappings: [
        { header: "Mail", field: "email", confidence: 90 },
        { header: "E-mail 2", field: null, confidence: 0 },
        { header: "Shoe size", field: null, confidence: 0 },
      ],
    });
  });

  it("parseQuery keeps only the filters the intent allows and builds the route itself", async () => {
    gemini.enqueue(
      geminiJson({
        intent: "find_tasks",
        filters: [
          { key: "due", value: "overdue" },
          { key: "assigneeId", value: "me" },
          { key: "dropTable", value: "tasks" },
        ],
        entities: [],
      }),
    );
    const result = await parseQuery(provider, { q: "my overdue tasks", now: new Date("2026-06-01T15:00:00Z"), timeZone: "America/Chicago" });
    expect(result).toEqual({
      provider: "gemini",
      intent: "find_tasks",
      filters: { due: "overdue", assigneeId: "me" },
      entities: [],
      suggestedRoute: "/crm/tasks?due=overdue&assigneeId=me",
    });
    expect(lastRequest().system).toContain("Today is 2026-06-01 in America/Chicago");
  });

  it("summarizeRecord sends numbered facts", async () => {
    gemini.enqueue(geminiJson({ summary: "Maria renews soon." }));
    const result = await summarizeRecord(provider, { title: "Maria Lopez", facts: [{ label: "Renewal", value: "in 20 days" }] });
    expect(result).toEqual({ summary: "Maria renews soon.", provider: "gemini" });
    expect(lastRequest().prompt).toContain("[1] Renewal: in 20 days");
  });

  it("generateInsights resolves citations from fact numbers and drops numbers it was not given", async () => {
    const source = { entityType: "policy", entityId: "p-1" };
    gemini.enqueue(
      geminiJson({
        summary: "Renewal soon.",
        risks: [{ text: "Renewal in 20 days", facts: [1, 7] }],
        nextBestActions: [{ text: "Send renewal options", facts: [1] }],
      }),
    );
    const result = await generateInsights(provider, { entityType: "contact", facts: [{ label: "Renewal", value: "in 20 days", source }] });
    expect(result).toEqual({
      provider: "gemini",
      summary: "Renewal soon.",
      risks: [{ text: "Renewal in 20 days", citations: [source] }],
      nextBestActions: [{ text: "Send renewal options", citations: [source] }],
    });
  });

  it("surfaces invalid model output and HTTP failures as AiServiceError", async () => {
    gemini.enqueue(geminiText("I think it's positive"));
    await expect(analyzeMessage(provider, { text: "hi" })).rejects.toMatchObject({ code: "AI_SERVICE_ERROR", reason: "invalid-output" });
    gemini.enqueue(geminiError(503), geminiError(503));
    await expect(summarizeRecord(provider, { title: "x", facts: [] })).rejects.toMatchObject({ code: "AI_SERVICE_ERROR", status: 503 });
  });
});
