import { startFakeGeminiServer, type FakeGeminiServer } from "@harbor/ai/testing";
import { db } from "@harbor/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSecret } from "../../security/secret-box";
import { callerFor, createTestOrganization } from "../../testing";

// AI settings (sealed provider key, switches, rate limit), which provider answers, and
// conversations kept per user. The offline provider answers unless a test sets a key.

const ask = (text: string, conversationId?: string) => ({ history: [{ role: "user" as const, text }], ...(conversationId ? { conversationId } : {}) });

describe("settings.ai", () => {
  let fake: FakeGeminiServer;
  beforeAll(async () => {
    fake = await startFakeGeminiServer();
  });
  afterAll(() => fake.close());

  it("stores the provider key encrypted and shows it only masked", async () => {
    const org = await createTestOrganization();
    const admin = callerFor(org.users.admin);
    const key = "AIzaSyOrganizationKey-0123456789abcdWXYZ";
    const saved = await admin.settings.ai.update({ apiKey: key, model: "gemini-2.5-pro", temperature: 0.3 });
    expect(saved).toMatchObject({ apiKeyMasked: "••••WXYZ", hasApiKey: true, model: "gemini-2.5-pro", temperature: 0.3 });
    expect(JSON.stringify(await admin.settings.ai.get())).not.toContain(key);

    const row = await db.aiSettings.findUniqueOrThrow({ where: { organizationId: org.organizationId } });
    expect(row.apiKeyEncrypted).not.toContain(key);
    expect(openSecret(row.apiKeyEncrypted!)).toBe(key);
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: org.organizationId, action: "settings.ai.update" } });
    expect(JSON.stringify(audit.changes)).not.toContain(key);

    await expect(callerFor(org.users.manager).settings.ai.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await admin.settings.ai.update({ apiKey: null })).hasApiKey).toBe(false);
  });

  it("answers with the organization's key and model when one is set", async () => {
    const org = await createTestOrganization();
    process.env.GEMINI_BASE_URL = fake.baseUrl;
    try {
      await callerFor(org.users.admin).settings.ai.update({ apiKey: "org-own-gemini-key-42", model: "gemini-org-model" });
      // The fake only accepts its own key, so the call fails, after showing what was sent.
      await expect(callerFor(org.users.agent).copilot.chat(ask("Hi"))).rejects.toMatchObject({ code: "BAD_GATEWAY" });
      expect(fake.requests.at(-1)).toMatchObject({ apiKey: "org-own-gemini-key-42", model: "gemini-org-model" });
    } finally {
      delete process.env.GEMINI_BASE_URL;
    }
  });

  it("answers offline without any key, running tools from slash commands", async () => {
    const org = await createTestOrganization();
    await db.contact.create({ data: { organizationId: org.organizationId, ownerId: org.users.agent.userId, name: "Quinn Offline", email: "quinn@example.com" } });
    const result = await callerFor(org.users.agent).copilot.chat(ask('/searchContacts {"search": "quinn"}'));
    expect(result.provider).toBe("offline");
    expect(result.functionCalls[0]).toMatchObject({ name: "searchContacts", ok: true, result: { contacts: [expect.objectContaining({ name: "Quinn Offline" })] } });
  });

  it("creates a lead offline from a plain request, and refuses it for a viewer", async () => {
    const org = await createTestOrganization();
    const created = await callerFor(org.users.agent).copilot.chat(ask("add a lead for Maria Lopez, maria.lopez@example.com, 555-123-4567"));
    expect(created).toMatchObject({ provider: "offline", actions: [{ kind: "created", entityType: "lead", label: "Created client lead Maria Lopez" }] });
    expect(await db.lead.count({ where: { organizationId: org.organizationId, email: "maria.lopez@example.com", ownerId: org.users.agent.userId } })).toBe(1);

    const refused = await callerFor(org.users.viewer).copilot.chat(ask("add a lead for Ana Ruiz, ana.ruiz@example.com"));
    expect(refused.functionCalls).toEqual([expect.objectContaining({ name: "createClientLead", ok: false })]);
    expect(await db.lead.count({ where: { organizationId: org.organizationId } })).toBe(1);
  });

  it("refuses a feature the organization turned off", async () => {
    const org = await createTestOrganization();
    const updated = await callerFor(org.users.admin).settings.ai.update({ features: { chat: false } });
    expect(updated.features).toMatchObject({ chat: false, insights: true });
    await expect(callerFor(org.users.agent).copilot.chat(ask("Hi"))).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("Copilot chat is turned off") as unknown });
  });

  it("limits AI requests per user per minute", async () => {
    const org = await createTestOrganization();
    await callerFor(org.users.admin).settings.ai.update({ rateLimitPerMinute: 2, provider: "offline" });
    const agent = callerFor(org.users.agent);
    await agent.copilot.chat(ask("one"));
    await agent.copilot.chat(ask("two"));
    const error = await agent.copilot.chat(ask("three")).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "TOO_MANY_REQUESTS", cause: { code: "RATE_LIMITED", details: { retryAfterSeconds: expect.any(Number) as unknown } } });
    // Another user's allowance is their own.
    await expect(callerFor(org.users.manager).copilot.chat(ask("one"))).resolves.toMatchObject({ provider: "offline" });
  });
});

describe("copilot.conversations", () => {
  it("keeps each user's conversations to themselves", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const manager = callerFor(org.users.manager);
    const first = await agent.copilot.chat(ask("Which renewals are due?"));
    await agent.copilot.chat({ conversationId: first.conversationId, history: [{ role: "user", text: "Which renewals are due?" }, { role: "model", text: first.chatResponse }, { role: "user", text: "And next month?" }] });

    const list = await agent.copilot.conversations.list();
    expect(list.items).toEqual([expect.objectContaining({ id: first.conversationId, title: "Which renewals are due?" })]);
    const conversation = await agent.copilot.conversations.get({ id: first.conversationId });
    expect(conversation.messages.map((message) => [message.role, message.text.slice(0, 15)])).toEqual([
      ["user", "Which renewals "],
      ["model", first.chatResponse.slice(0, 15)],
      ["user", "And next month?"],
      ["model", expect.any(String) as unknown],
    ]);

    expect((await manager.copilot.conversations.list()).items).toEqual([]);
    await expect(manager.copilot.conversations.get({ id: first.conversationId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(org.users.admin).copilot.conversations.delete({ id: first.conversationId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(manager.copilot.chat(ask("Continue", first.conversationId))).rejects.toMatchObject({ code: "NOT_FOUND" });

    await agent.copilot.conversations.delete({ id: first.conversationId });
    expect((await agent.copilot.conversations.list()).items).toEqual([]);
    expect(await db.copilotMessage.count({ where: { conversationId: first.conversationId } })).toBe(0);
  });
});
