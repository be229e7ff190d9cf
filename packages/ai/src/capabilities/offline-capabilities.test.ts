import { describe, expect, it } from "vitest";
import { createOfflineProvider } from "../offline-provider";
import { analyzeMessage } from "./analyze-message";
import { composeMessage } from "./compose-message";
import { generateInsights } from "./generate-insights";
import { mapHeaders } from "./map-headers";
import { parseQuery } from "./parse-query";
import { summarizeRecord } from "./summarize-record";

const offline = createOfflineProvider();

describe("analyzeMessage offline", () => {
  it("reads an angry claim as negative, urgent and about the claim", async () => {
    const analysis = await analyzeMessage(offline, {
      text: "This is unacceptable! My claim for the car accident was denied again and nobody calls me back. Please call me today.",
    });
    expect(analysis).toMatchObject({ provider: "offline", intent: "claim", urgency: "high", emotionalTone: "frustrated" });
    expect(analysis.sentiment.label).toBe("negative");
    expect(analysis.sentiment.confidence).toBeGreaterThanOrEqual(70);
    expect(analysis.keyTopics).toEqual(expect.arrayContaining(["auto insurance", "claim"]));
    expect(analysis.actionItems[0]).toBe("Respond today");
    expect(analysis.actionItems).toContain('Client asked: "Please call me today"');
    expect(analysis.suggestedResponse).toMatch(/claim/);
  });

  it.each([
    ["I'd like a quote for home insurance, how much would it be?", "purchase"],
    ["Please cancel my policy, I'm switching to another carrier.", "cancellation"],
    ["My policy is expiring next month, can we renew?", "renewal"],
    ["Why was I charged twice on my last invoice?", "billing"],
    ["Just following up on my email from last week.", "follow_up"],
    ["How do I add a driver to my auto policy?", "support"],
    ["Does my policy include roadside assistance?", "inquiry"],
    ["Hello.", "other"],
  ])("%s → %s", async (text, intent) => {
    expect((await analyzeMessage(offline, { text })).intent).toBe(intent);
  });

  it("reads thanks as positive and low urgency, and is deterministic", async () => {
    const text = "Thanks so much, the new policy documents look great!";
    const first = await analyzeMessage(offline, { text });
    expect(first).toMatchObject({ sentiment: { label: "positive" }, urgency: "low", emotionalTone: "appreciative" });
    expect(await analyzeMessage(offline, { text })).toEqual(first);
  });
});

describe("composeMessage offline", () => {
  it("drafts in the asked tone with a subject, suggestions and the other tones", async () => {
    const result = await composeMessage(offline, {
      context: "Ana's home policy renews on July 1.",
      purpose: "her renewal",
      tone: "formal",
      recipientName: "Ana Ruiz",
      senderName: "Sam Agent",
    });
    expect(result.provider).toBe("offline");
    expect(result.tone).toBe("formal");
    expect(result.draft).toMatch(/^Dear Ana Ruiz,/);
    expect(result.draft).toContain("upcoming renewal");
    expect(result.draft).toMatch(/Kind regards,\nSam Agent$/);
    expect(result.subject).toBe("Her renewal");
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.alternatives.map((alternative) => alternative.tone)).toEqual(["friendly", "brief"]);
    expect(result.alternatives[0]?.preview).toMatch(/^Hi Ana!/);
  });

  it("polishes the agent's own draft instead of replacing it", async () => {
    const result = await composeMessage(offline, { context: "claim follow-up", draft: "checked with the adjuster. payment goes out friday", tone: "brief" });
    expect(result.draft).toContain("Checked with the adjuster. Payment goes out friday.");
    expect(result.draft.startsWith("Hi,")).toBe(true);
  });
});

describe("mapHeaders offline", () => {
  const fields = [
    { name: "name", label: "Full name", aliases: ["client", "contact name"] },
    { name: "email", label: "Email", kind: "email" as const },
    { name: "phone", label: "Phone", aliases: ["mobile", "cell"], kind: "phone" as const },
    { name: "dateOfBirth", label: "Date of birth", aliases: ["dob", "birthday"], kind: "date" as const },
    { name: "premium", label: "Premium", kind: "money" as const },
  ];

  it("maps by name, alias and fuzzy spelling, leaving unknown headers unmapped", async () => {
    const result = await mapHeaders(offline, { fields, headers: ["Full Name", "E-mail", "Cell #", "DOB", "Premuim", "Favourite colour"] });
    expect(result.provider).toBe("offline");
    expect(result.mappings.map((mapping) => [mapping.header, mapping.field])).toEqual([
      ["Full Name", "name"],
      ["E-mail", "email"],
      ["Cell #", "phone"],
      ["DOB", "dateOfBirth"],
      ["Premuim", "premium"],
      ["Favourite colour", null],
    ]);
    expect(result.mappings[0]?.confidence).toBe(100);
    expect(result.mappings[5]?.confidence).toBe(0);
  });

  it("uses sample rows when the headers say nothing", async () => {
    const result = await mapHeaders(offline, {
      fields,
      headers: ["Column A", "Column B", "Column C"],
      sampleRows: [
        ["Maria Lopez", "maria@x.com", "1990-04-02"],
        ["John Smith", "john@y.org", "1985-11-30"],
      ],
    });
    expect(result.mappings.map((mapping) => mapping.field)).toEqual([null, "email", "dateOfBirth"]);
  });

  it("gives each field to one header only", async () => {
    const result = await mapHeaders(offline, { fields, headers: ["Email", "Email address"] });
    expect(result.mappings.map((mapping) => mapping.field)).toEqual(["email", null]);
  });
});

describe("parseQuery offline", () => {
  // Monday 1 June 2026, 10:00 in Chicago.
  const now = new Date("2026-06-01T15:00:00Z");
  const timeZone = "America/Chicago";

  it.each([
    ["deals closing this month", "find_deals", { filter: "closing-soon", closeFrom: "2026-06-01", closeTo: "2026-06-30" }, "/crm/pipeline?filter=closing-soon&closeFrom=2026-06-01&closeTo=2026-06-30"],
    ["at-risk contacts in Austin", "find_contacts", { filter: "at-risk", search: "Austin" }, "/crm/contacts?filter=at-risk&search=Austin"],
    ["my overdue tasks", "find_tasks", { assigneeId: "me", due: "overdue", status: "active" }, "/crm/tasks?assigneeId=me&due=overdue&status=active"],
    ["policies renewing next 30 days", "find_renewals", { renewalFrom: "2026-06-01", renewalBefore: "2026-07-01" }, "/renewals?renewalFrom=2026-06-01&renewalBefore=2026-07-01"],
    ["leads from facebook this week", "find_leads", { kind: "client", source: "facebook", createdFrom: "2026-06-01", createdTo: "2026-06-07" }, "/crm/leads?kind=client&source=facebook&from=2026-06-01&to=2026-06-07"],
    ["open urgent tickets", "find_tickets", { status: "open", priority: "urgent" }, "/crm/service-desk?status=open&priority=urgent"],
    ["contacts named Garcia", "find_contacts", { search: "Garcia" }, "/crm/contacts?search=Garcia"],
    ["hot recruit leads", "find_leads", { kind: "recruit", scoreMin: 70 }, "/crm/leads?kind=recruit&scoreMin=70"],
    ["how do I add a driver to an auto policy?", "help", { search: "how do I add a driver to an auto policy" }, "/crm/knowledge?search=how+do+I+add+a+driver+to+an+auto+policy"],
  ])("%s", async (q, intent, filters, route) => {
    const result = await parseQuery(offline, { q, now, timeZone });
    expect(result).toMatchObject({ provider: "offline", intent, suggestedRoute: route });
    expect(result.filters).toMatchObject(filters);
  });

  it("names the entities it found", async () => {
    const result = await parseQuery(offline, { q: "leads from facebook this week", now, timeZone });
    expect(result.entities).toEqual([
      { type: "date_range", value: "2026-06-01..2026-06-07" },
      { type: "source", value: "facebook" },
    ]);
  });

  it("falls back to a search for questions it cannot place", async () => {
    expect(await parseQuery(offline, { q: "zebra", now })).toMatchObject({ intent: "unknown", filters: { search: "zebra" } });
  });
});

describe("record summaries and insights offline", () => {
  const contact = { entityType: "contact", entityId: "c-1" };
  const policy = { entityType: "policy", entityId: "p-1" };
  const facts = [
    { label: "Name", value: "Maria Lopez", source: contact },
    { label: "Days since last contact", value: "45", source: contact },
    { label: "Home policy renewal", value: "in 20 days", source: policy },
    { label: "Overdue tasks", value: "2", source: contact },
  ];

  it("summarizes from the facts in order", async () => {
    const result = await summarizeRecord(offline, { title: "Maria Lopez (contact)", facts });
    expect(result).toEqual({
      summary: "Maria Lopez (contact). Name: Maria Lopez. Days since last contact: 45. Home policy renewal: in 20 days. Overdue tasks: 2.",
      provider: "offline",
    });
  });

  it("finds risks and actions, each citing its facts", async () => {
    const result = await generateInsights(offline, {
      entityType: "contact",
      facts,
      scores: [
        {
          name: "Retention risk",
          score: 72,
          band: "high",
          factors: [{ name: "Last contact", explanation: "No conversation in 45 days", direction: "negative" }],
        },
      ],
    });
    expect(result.provider).toBe("offline");
    expect(result.risks.map((risk) => risk.text)).toEqual([
      "No recent contact (Days since last contact: 45)",
      "Renewal is close (Home policy renewal: in 20 days)",
      "Overdue work: Overdue tasks — 2",
      "Retention risk (72, high): No conversation in 45 days",
    ]);
    expect(result.risks[1]?.citations).toEqual([policy]);
    expect(result.risks[3]?.citations).toEqual([contact]);
    expect(result.nextBestActions[0]).toEqual({ text: "Call to check in; it has been a while since the last conversation", citations: [contact] });
    expect(result.summary).toBe("Contact with 4 recorded details; Retention risk 72 (high). 4 risks to look at.");
  });
});
