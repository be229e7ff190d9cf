import { geminiError, geminiFunctionCall, geminiText, startFakeGeminiServer, type FakeGeminiServer } from "@harbor/ai/testing";
import { db } from "@harbor/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { WITHHELD_NOTICE } from "../../services/copilot/response-safety";
import { copilotTools } from "../../services/copilot/tools";
import { callerFor, createTestOrganization, uniqueSuffix, type TestOrganization } from "../../testing";

// The copilot through the real @google/genai SDK against the loopback Gemini server: what the
// model is sent (tools, functionResponses) and what the user's permissions let the tools do.

let fake: FakeGeminiServer;

beforeAll(async () => {
  fake = await startFakeGeminiServer();
  process.env.GEMINI_API_KEY = fake.apiKey;
  process.env.GEMINI_BASE_URL = fake.baseUrl;
});

afterAll(async () => {
  delete process.env.GEMINI_API_KEY;
  delete process.env.GEMINI_BASE_URL;
  await fake.close();
});

const ask = (text: string) => ({ history: [{ role: "user" as const, text }] });

/** The functionResponse parts of the last message of a request the fake received. */
function functionResponsesOf(requestIndex: number) {
  const contents = fake.requests[requestIndex]?.body.contents ?? [];
  return (contents.at(-1)?.parts ?? []).map((part) => part.functionResponse as { name: string; response: Record<string, unknown> });
}

async function createLeadOwnedBy(org: TestOrganization, ownerId: string) {
  return db.lead.create({
    data: { organizationId: org.organizationId, ownerId, kind: "client", name: "Other Agent's Lead", email: `other-${uniqueSuffix()}@example.com`, status: "new" },
  });
}

describe("copilot.chat", () => {
  it("creates a lead through the service when the model calls createClientLead, and returns the model's summary", async () => {
    const org = await createTestOrganization();
    const email = `dana-${uniqueSuffix()}@example.com`;
    const first = fake.requests.length;
    fake.enqueue(geminiFunctionCall("createClientLead", { name: "Dana Reyes", email, source: "referral" }, "call-1"), geminiText("Done: Dana Reyes is a new client lead."));

    const result = await callerFor(org.users.agent).copilot.chat(ask(`Add a lead for Dana Reyes, ${email}, a referral`));

    expect(fake.requests).toHaveLength(first + 2);
    const declared = fake.requests[first]!.body.tools?.[0]?.functionDeclarations?.map((tool) => tool.name);
    expect(declared).toEqual(copilotTools.map((tool) => tool.name));
    expect(declared).toEqual(expect.arrayContaining(["searchKnowledgeHub", "createClientLead", "updateClientLead", "createRecruitLead", "updateRecruitLead", "scheduleAppointment", "draftEmail", "searchContacts", "getUpcomingRenewals", "logActivity", "createTask"]));

    const lead = await db.lead.findFirstOrThrow({ where: { organizationId: org.organizationId, email } });
    expect(lead).toMatchObject({ name: "Dana Reyes", kind: "client", ownerId: org.users.agent.userId, source: "referral" });

    const [response] = functionResponsesOf(first + 1);
    expect(response).toMatchObject({ name: "createClientLead", response: { lead: { id: lead.id, name: "Dana Reyes" } } });
    expect(fake.requests[first + 1]!.body.contents?.at(-2)?.parts?.[0]).toMatchObject({ functionCall: { name: "createClientLead" } });

    expect(result).toMatchObject({
      chatResponse: "Done: Dana Reyes is a new client lead.",
      provider: "gemini",
      withheld: false,
      actions: [{ kind: "created", entityType: "lead", entityId: lead.id, label: "Created client lead Dana Reyes" }],
      functionCalls: [{ name: "createClientLead", ok: true }],
    });

    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: org.organizationId, action: "copilot.createClientLead" } });
    expect(audit).toMatchObject({ actorId: org.users.agent.userId, actorType: "ai", entityType: "lead", entityId: lead.id });
    expect(audit.changes).toMatchObject({ email });
  });

  it("creates nothing for a viewer and tells the model why", async () => {
    const org = await createTestOrganization();
    const email = `viewer-lead-${uniqueSuffix()}@example.com`;
    const first = fake.requests.length;
    fake.enqueue(geminiFunctionCall("createClientLead", { name: "Sam Viewer", email }), geminiText("I could not create that lead: your role does not allow it."));

    const result = await callerFor(org.users.viewer).copilot.chat(ask(`Add a lead for Sam Viewer, ${email}`));

    expect(await db.lead.count({ where: { organizationId: org.organizationId } })).toBe(0);
    const [response] = functionResponsesOf(first + 1);
    expect(response?.name).toBe("createClientLead");
    expect(response?.response).toEqual({ error: "Not permitted: the user's role (viewer) may not create leads (crm:write)." });
    expect(result.functionCalls).toEqual([expect.objectContaining({ name: "createClientLead", ok: false, error: expect.stringContaining("Not permitted") as unknown })]);
    expect(result.actions).toEqual([]);
    expect(await db.auditLog.count({ where: { organizationId: org.organizationId, action: "copilot.createClientLead" } })).toBe(0);
  });

  it("does not let an agent's copilot update another agent's lead", async () => {
    const org = await createTestOrganization();
    const other = await db.user.create({
      data: { organizationId: org.organizationId, teamId: org.teamId, email: `agent2-${uniqueSuffix()}@test.harbor.local`, name: "Second Agent", role: "agent", passwordHash: "x" },
    });
    const lead = await createLeadOwnedBy(org, other.id);
    const first = fake.requests.length;
    fake.enqueue(geminiFunctionCall("updateClientLead", { id: lead.id, status: "lost" }), geminiText("That lead is not one I can reach."));

    const result = await callerFor(org.users.agent).copilot.chat(ask("Mark that lead as lost"));

    expect(functionResponsesOf(first + 1)[0]?.response).toEqual({ error: "Lead not found" });
    expect(result.functionCalls[0]).toMatchObject({ ok: false, error: "Lead not found" });
    expect((await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).status).toBe("new");
  });

  it("stops after five tool rounds", async () => {
    const org = await createTestOrganization();
    const first = fake.requests.length;
    for (let round = 0; round < 7; round += 1) fake.enqueue(geminiFunctionCall("searchContacts", { search: `term ${round}` }));

    const result = await callerFor(org.users.agent).copilot.chat(ask("Keep searching"));

    expect(fake.requests.length - first).toBe(6);
    expect(result.functionCalls).toHaveLength(5);
    expect(result.chatResponse).toMatch(/stopped after 5 rounds/);
    fake.enqueue(geminiText("drain")); // the seventh scripted call was never requested
    await callerFor(org.users.agent).copilot.chat(ask("drain the queue"));
  });

  it("retries a 429 inside the SDK and answers", async () => {
    const org = await createTestOrganization();
    const first = fake.requests.length;
    fake.enqueue(geminiError(429, "Resource has been exhausted"), geminiText("Here you go."));
    const result = await callerFor(org.users.agent).copilot.chat(ask("Hello"));
    expect(result.chatResponse).toBe("Here you go.");
    expect(fake.requests.length - first).toBe(2);
  });

  it("turns a model failure into AI_SERVICE_ERROR with the reason", async () => {
    const org = await createTestOrganization();
    const started = Date.now();
    // Nothing queued: the fake answers HTTP 500 to every attempt.
    const error = await callerFor(org.users.agent).copilot.chat(ask("Hello")).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "BAD_GATEWAY" });
    const cause = (error as { cause?: unknown }).cause;
    expect(cause).toBeInstanceOf(AppError);
    expect(cause).toMatchObject({ code: "AI_SERVICE_ERROR", message: expect.stringContaining("HTTP 500") as unknown });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("refuses a draft to someone on the do-not-contact list", async () => {
    const org = await createTestOrganization();
    const email = `dnc-${uniqueSuffix()}@example.com`;
    const contact = await db.contact.create({ data: { organizationId: org.organizationId, ownerId: org.users.agent.userId, name: "Do Not Call", email } });
    await callerFor(org.users.admin).crm.dnc.add({ channel: "email", value: email.toUpperCase(), reason: "Asked to stop" });
    const first = fake.requests.length;
    fake.enqueue(geminiFunctionCall("draftEmail", { contactId: contact.id, subject: "Renewal", body: "Hi, your renewal is due." }), geminiText("That client cannot be contacted."));

    const result = await callerFor(org.users.agent).copilot.chat(ask("Draft a renewal email to this client"));

    expect(String(functionResponsesOf(first + 1)[0]?.response.error)).toMatch(/do-not-contact list/);
    expect(result.actions).toEqual([]);
  });

  it("returns a draft to a contactable client without sending it", async () => {
    const org = await createTestOrganization();
    const contact = await db.contact.create({ data: { organizationId: org.organizationId, ownerId: org.users.agent.userId, name: "Ok Client", email: `ok-${uniqueSuffix()}@example.com` } });
    fake.enqueue(geminiFunctionCall("draftEmail", { contactId: contact.id, subject: "Renewal", body: "Hi Ok, your renewal is due." }), geminiText("Here is the draft."));
    const result = await callerFor(org.users.agent).copilot.chat(ask("Draft a renewal email"));
    expect(result.functionCalls[0]).toMatchObject({ ok: true, result: { sent: false, draft: { to: contact.email, subject: "Renewal" } } });
    expect(result.actions[0]).toMatchObject({ kind: "drafted", entityType: "contact", entityId: contact.id });
  });

  it("schedules an appointment through the calendar service for the user", async () => {
    const org = await createTestOrganization();
    const startAt = new Date(Date.now() + 2 * 86_400_000);
    startAt.setUTCHours(15, 0, 0, 0);
    fake.enqueue(geminiFunctionCall("scheduleAppointment", { title: "Policy review with Dana", startAt: startAt.toISOString() }), geminiText("Booked."));
    const result = await callerFor(org.users.agent).copilot.chat(ask("Book a policy review with Dana the day after tomorrow at 3pm"));
    const appointment = await db.appointment.findFirstOrThrow({ where: { organizationId: org.organizationId } });
    expect(appointment).toMatchObject({ title: "Policy review with Dana", ownerId: org.users.agent.userId, startAt, endAt: new Date(startAt.getTime() + 30 * 60_000) });
    expect(result.actions).toEqual([{ kind: "scheduled", entityType: "appointment", entityId: appointment.id, label: "Scheduled Policy review with Dana" }]);

    fake.enqueue(geminiFunctionCall("scheduleAppointment", { title: "Viewer meeting", startAt: startAt.toISOString() }), geminiText("Could not book it."));
    const refused = await callerFor(org.users.viewer).copilot.chat(ask("Book a meeting"));
    expect(refused.functionCalls[0]).toMatchObject({ ok: false, error: "Not permitted: the user's role (viewer) may not schedule appointments (calendar:write)." });
    expect(await db.appointment.count({ where: { organizationId: org.organizationId } })).toBe(1);
  });

  it("withholds an unsafe answer and logs it for compliance, masked", async () => {
    const org = await createTestOrganization();
    fake.enqueue(geminiText("Sure: the client's SSN is 123-45-6789."));
    const result = await callerFor(org.users.agent).copilot.chat(ask("What is the client's SSN?"));
    expect(result).toMatchObject({ withheld: true, chatResponse: WITHHELD_NOTICE });

    const log = await callerFor(org.users.compliance).copilot.blockedResponses.list();
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({ feature: "chat", reasons: ["ssn"], excerpt: "Sure: the client's SSN is [ssn].", user: { id: org.users.agent.userId } });
    await expect(callerFor(org.users.agent).copilot.blockedResponses.list()).rejects.toMatchObject({ code: "FORBIDDEN" });

    await callerFor(org.users.admin).settings.ai.update({ blockedTopics: ["cryptocurrency"] });
    fake.enqueue(geminiText("Consider cryptocurrency for their savings."));
    expect((await callerFor(org.users.agent).copilot.chat(ask("Investment ideas?"))).withheld).toBe(true);
    expect((await callerFor(org.users.admin).copilot.blockedResponses.list()).items[0]?.reasons).toEqual(["blocked_topic:cryptocurrency"]);
  });
});

describe("copilot.chat's audit row", () => {
  it("is written with the saved turn: when it cannot be written, no turn is kept", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    fake.enqueue(geminiText("Hello there."));
    const saved = await agent.copilot.chat(ask("Hello"));
    expect(await db.auditLog.findFirstOrThrow({ where: { organizationId: org.organizationId, action: "copilot.chat" } })).toMatchObject({ entityId: saved.conversationId, actorId: org.users.agent.userId });

    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION refuse_chat_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit refused for the test'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_chat_audit BEFORE INSERT ON audit_logs FOR EACH ROW EXECUTE FUNCTION refuse_chat_audit()`);
    fake.enqueue(geminiText("Not kept."));
    try {
      await expect(agent.copilot.chat(ask("Second question"))).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_chat_audit ON audit_logs`);
    }
    expect(await db.copilotConversation.count({ where: { organizationId: org.organizationId } })).toBe(1);
    expect(await db.copilotMessage.count({ where: { organizationId: org.organizationId } })).toBe(2);
  });
});
