import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createOfflineProvider } from "../offline-provider";
import type { AiMessage, ToolDeclaration } from "../provider";

// Shaped like the copilot's tools (packages/api defines the real ones); ISO strings for instants.
const iso = z.iso.datetime({ offset: true });
const tools: ToolDeclaration[] = [
  { name: "searchKnowledgeHub", description: "Searches help articles", parameters: z.object({ query: z.string().min(2) }) },
  {
    name: "createClientLead",
    description: "Creates a client lead",
    parameters: z.object({ name: z.string().min(1), email: z.email().optional(), phone: z.string().optional(), notes: z.string().optional() }),
  },
  {
    name: "createRecruitLead",
    description: "Creates a recruit lead",
    parameters: z.object({ name: z.string().min(1), email: z.email().optional(), phone: z.string().optional() }),
  },
  {
    name: "updateClientLead",
    description: "Updates a client lead found by name",
    parameters: z.object({ name: z.string().min(1), status: z.enum(["new", "contacted", "qualified", "appointment_set", "proposal", "won", "lost"]).optional() }),
  },
  { name: "updateRecruitLead", description: "Updates a recruit lead", parameters: z.object({ name: z.string(), status: z.string().optional() }) },
  {
    name: "scheduleAppointment",
    description: "Schedules an appointment",
    parameters: z.object({ contactName: z.string(), startAt: iso, durationMinutes: z.number().int().positive().optional(), type: z.enum(["call", "meeting", "video"]).optional() }),
  },
  { name: "draftEmail", description: "Drafts an email", parameters: z.object({ contactName: z.string(), topic: z.string().optional() }) },
  { name: "searchContacts", description: "Finds contacts", parameters: z.object({ query: z.string().min(1) }) },
  { name: "getUpcomingRenewals", description: "Lists renewals", parameters: z.object({ days: z.number().int().min(1).max(365) }) },
  {
    name: "logActivity",
    description: "Logs an activity",
    parameters: z.object({ contactName: z.string(), type: z.enum(["call", "meeting", "email", "note"]), notes: z.string().optional() }),
  },
  { name: "createTask", description: "Creates a task", parameters: z.object({ title: z.string().min(1), dueAt: iso.optional(), contactName: z.string().optional() }) },
];

const offline = createOfflineProvider();
// Monday 1 June 2026, 10:00 in Chicago.
const now = new Date("2026-06-01T15:00:00Z");
const timeZone = "America/Chicago";

function ask(text: string, declared = tools) {
  return offline.generate({ messages: [{ role: "user", parts: [{ text }] }], tools: declared, now, timeZone });
}

describe("offline copilot: picking the tool and its arguments", () => {
  it.each([
    [
      "add a lead for Maria Lopez, maria@x.com, 555-123-4567, interested in home insurance",
      "createClientLead",
      { name: "Maria Lopez", email: "maria@x.com", phone: "555-123-4567", notes: "Interested in home insurance" },
    ],
    [
      "schedule a call with John Smith tomorrow at 3",
      "scheduleAppointment",
      { contactName: "John Smith", startAt: "2026-06-02T20:00:00.000Z", durationMinutes: 30, type: "call" },
    ],
    ["draft an email to Ana about her renewal", "draftEmail", { contactName: "Ana", topic: "her renewal" }],
    ["remind me to call Bob on Friday", "createTask", { title: "Call Bob", dueAt: "2026-06-05T14:00:00.000Z", contactName: "Bob" }],
    ["what renews this month?", "getUpcomingRenewals", { days: 29 }],
    ["log a call with Priya: discussed umbrella coverage", "logActivity", { contactName: "Priya", type: "call", notes: "discussed umbrella coverage" }],
    ["how do I add a driver to an auto policy?", "searchKnowledgeHub", { query: "how do I add a driver to an auto policy" }],
    ["update Maria Lopez's lead status to contacted", "updateClientLead", { name: "Maria Lopez", status: "contacted" }],
    ["find contacts named Garcia", "searchContacts", { query: "Garcia" }],
    ["add a recruit lead for Sam Lee, sam@lee.io, (555) 987-6543", "createRecruitLead", { name: "Sam Lee", email: "sam@lee.io", phone: "(555) 987-6543" }],
    [
      "book a meeting with Ana Ruiz on June 3 at 10am for an hour",
      "scheduleAppointment",
      { contactName: "Ana Ruiz", startAt: "2026-06-03T15:00:00.000Z", durationMinutes: 60, type: "meeting" },
    ],
    ["remind me to send the quote next week", "createTask", { title: "Send the quote", dueAt: "2026-06-08T14:00:00.000Z" }],
  ])("%s → %s", async (text, name, args) => {
    const result = await ask(text);
    expect(result.provider).toBe("offline");
    expect(result.functionCalls).toEqual([{ name, args }]);
    expect(result.message).toEqual({ role: "model", parts: [{ functionCall: { name, args } }] });
  });

  it("only calls declared tools", async () => {
    const onlySearch = tools.filter((tool) => tool.name === "searchContacts");
    const result = await ask("add a lead for Maria Lopez, maria@x.com", onlySearch);
    expect(result.functionCalls).toEqual([]);
    const none = await offline.generate({ messages: [{ role: "user", parts: [{ text: "find contacts named Garcia" }] }], now });
    expect(none.functionCalls).toEqual([]);
  });

  it("asks for what is missing instead of calling with arguments the schema rejects", async () => {
    const result = await ask("schedule a call tomorrow at 3");
    expect(result.functionCalls).toEqual([]);
    expect(result.text).toBe("To schedule that I need who it is for. Could you tell me?");
    const lead = await ask("add a new lead");
    expect(lead.text).toBe("To create the lead I need the person's name. Could you tell me?");
  });

  it("drops a guessed value the schema rejects and still calls", async () => {
    const strictType = tools.map((tool) =>
      tool.name === "logActivity" ? { ...tool, parameters: z.object({ contactName: z.string(), type: z.enum(["phone_call"]).optional() }) } : tool,
    );
    const result = await ask("log a call with Priya", strictType);
    expect(result.functionCalls).toEqual([{ name: "logActivity", args: { contactName: "Priya" } }]);
  });

  it("answers in text when no tool fits", async () => {
    const result = await ask("good morning!");
    expect(result.functionCalls).toEqual([]);
    expect(result.text).toMatch(/^Produced offline/);
  });
});

describe("offline copilot: reporting tool results", () => {
  async function afterTools(calls: { name: string; args: Record<string, unknown>; response: Record<string, unknown> }[]) {
    const messages: AiMessage[] = [
      { role: "user", parts: [{ text: "do it" }] },
      { role: "model", parts: calls.map((call, index) => ({ functionCall: { id: `c${index}`, name: call.name, args: call.args } })) },
      { role: "user", parts: calls.map((call, index) => ({ functionResponse: { id: `c${index}`, name: call.name, response: call.response } })) },
    ];
    return offline.generate({ messages, tools, now, timeZone });
  }

  it("says what each tool did in a sentence", async () => {
    const result = await afterTools([
      { name: "createClientLead", args: { name: "Maria Lopez" }, response: { lead: { id: "l1", name: "Maria Lopez" } } },
      { name: "scheduleAppointment", args: { contactName: "John Smith", startAt: "2026-06-02T20:00:00.000Z", type: "call" }, response: { id: "a1" } },
      { name: "createTask", args: { title: "Call Bob", dueAt: "2026-06-05T14:00:00.000Z" }, response: { id: "t1" } },
      { name: "searchContacts", args: { query: "Garcia" }, response: { items: [{ name: "Ana Garcia" }, { firstName: "Luis", lastName: "Garcia" }] } },
      { name: "getUpcomingRenewals", args: { days: 30 }, response: { items: [] } },
      { name: "logActivity", args: { contactName: "Priya", type: "call" }, response: { id: "x" } },
    ]);
    expect(result.functionCalls).toEqual([]);
    expect(result.provider).toBe("offline");
    expect(result.text).toBe(
      [
        "Created lead Maria Lopez.",
        "Scheduled a call with John Smith for Tue, Jun 2, 3:00 PM.",
        "Created task “Call Bob” due Fri, Jun 5, 9:00 AM.",
        "Found 2 contacts: Ana Garcia, Luis Garcia.",
        "Nothing renews in that period.",
        "Logged the call with Priya.",
      ].join("\n"),
    );
  });

  it("reports a failed tool with its error", async () => {
    const result = await afterTools([{ name: "createClientLead", args: { name: "Maria" }, response: { error: "email is already used by another lead" } }]);
    expect(result.text).toBe("I couldn't create the lead: email is already used by another lead");
  });

  it("quotes the draft and the top help article", async () => {
    const result = await afterTools([
      { name: "draftEmail", args: { contactName: "Ana", subject: "Your renewal" }, response: { subject: "Your renewal", body: "Hi Ana, your policy renews soon." } },
      { name: "searchKnowledgeHub", args: { query: "add a driver" }, response: { results: [{ title: "Adding a driver", excerpt: "Open the policy, then Drivers → Add." }] } },
    ]);
    expect(result.text).toBe(
      "Drafted an email to Ana — “Your renewal”.\n\nHi Ana, your policy renews soon.\nFrom the knowledge hub — Adding a driver: Open the policy, then Drivers → Add.",
    );
  });
});
