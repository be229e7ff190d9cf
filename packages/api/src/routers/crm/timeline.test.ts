import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { callerFor, createTestOrganization } from "../../testing";
import { addUser, agentWithContact } from "../../testing/pipeline-fixtures";

const policyFields = { type: "auto", carrier: "Acme Mutual", premium: 1200, startDate: new Date("2026-01-01"), endDate: new Date("2027-01-01") } as const;

describe("crm.contacts.timeline and crm.leads.timeline", () => {
  it("pages a contact's timeline newest first with a cursor, and filters it by activity type", async () => {
    const org = await createTestOrganization();
    const { agent, contact } = await agentWithContact(org, { name: "Paged Paula" });
    const base = Date.now() - 60 * 60_000;
    for (let index = 0; index < 5; index += 1) {
      await agent.crm.contacts.logCommunication({ contactId: contact.id, type: index % 2 === 0 ? "call" : "note", summary: `Entry ${index}`, occurredAt: new Date(base + index * 60_000) });
    }

    const first = await agent.crm.contacts.timeline({ id: contact.id, limit: 2 });
    expect(first.items.map((item) => item.description)).toEqual(["Entry 4", "Entry 3"]);
    expect(first).toMatchObject({ total: 5, totalCapped: false, nextCursor: expect.any(String) as unknown });
    const second = await agent.crm.contacts.timeline({ id: contact.id, limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((item) => item.description)).toEqual(["Entry 2", "Entry 1"]);
    expect(second.total).toBeNull();
    const last = await agent.crm.contacts.timeline({ id: contact.id, limit: 2, cursor: second.nextCursor! });
    expect(last.items.map((item) => item.description)).toEqual(["Entry 0"]);
    expect(last.nextCursor).toBeNull();

    const calls = await agent.crm.contacts.timeline({ id: contact.id, types: ["call"] });
    expect(calls.items.map((item) => item.description)).toEqual(["Entry 4", "Entry 2", "Entry 0"]);
    expect(calls.total).toBe(3);
  });

  it("pages a lead's timeline and answers NOT_FOUND for a record outside the caller's scope", async () => {
    const org = await createTestOrganization();
    const outsider = await addUser(org, "agent");
    const agent = callerFor(org.users.agent);
    const lead = await agent.crm.leads.create({ kind: "client", name: "Timeline Lead", email: "timeline@example.com" });
    await agent.crm.leads.addActivity({ leadId: lead.id, type: "call", description: "First call" });
    await agent.crm.leads.addActivity({ leadId: lead.id, type: "note", description: "A note" });
    expect((await agent.crm.leads.timeline({ id: lead.id, types: ["note"] })).items.map((item) => item.description)).toEqual(["A note"]);
    expect((await callerFor(org.users.viewer).crm.leads.timeline({ id: lead.id })).total).toBeGreaterThanOrEqual(2);
    await expect(callerFor(outsider).crm.leads.timeline({ id: lead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const contact = await agent.crm.contacts.create({ name: "Hidden" });
    await expect(callerFor(outsider).crm.contacts.timeline({ id: contact.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("changes logged on the contact's timeline", () => {
  it("logs a contact's edits naming the fields that changed, and nothing for an edit that changes nothing", async () => {
    const org = await createTestOrganization();
    const { agent, contact } = await agentWithContact(org, { name: "Edited Ed", phone: "+1 555 0100" });
    await agent.crm.contacts.update({ id: contact.id, phone: "+1 555 0199", dateOfBirth: new Date("1980-04-02"), address: { city: "Portland" } });
    await agent.crm.contacts.update({ id: contact.id, phone: "+1 555 0199" });
    const edits = await agent.crm.contacts.timeline({ id: contact.id, types: ["record_update"] });
    expect(edits.items).toEqual([expect.objectContaining({ title: "Contact details edited", description: "Changed phone, date of birth, address" })]);
    const audit = await db.auditLog.findFirst({ where: { organizationId: org.organizationId, action: "crm.contacts.update", entityId: contact.id } });
    expect(audit).not.toBeNull();
  });

  it("logs a policy added, changed and trashed", async () => {
    const org = await createTestOrganization();
    const { agent, contact } = await agentWithContact(org, { name: "Policy Pat" });
    const policy = await agent.crm.policies.create({ contactId: contact.id, policyNumber: "TL-100", ...policyFields });
    await agent.crm.policies.update({ id: policy.id, premium: 1350, status: "active", carrier: "Acme Mutual" });
    await callerFor(org.users.manager).crm.policies.delete({ id: policy.id });
    const entries = await agent.crm.contacts.timeline({ id: contact.id, types: ["policy_change"] });
    expect(entries.items.map((item) => [item.title, item.description])).toEqual([
      ["Policy TL-100 moved to the trash", null],
      ["Policy TL-100 changed", "Changed premium"],
      ["Policy TL-100 added", "Acme Mutual, auto, active"],
    ]);
  });

  it("logs a ticket opened, replied to and changed, but not an internal note", async () => {
    const org = await createTestOrganization();
    const { agent, contact } = await agentWithContact(org, { name: "Ticket Tess", email: "tess@example.com" });
    const ticket = await agent.crm.tickets.create({ subject: "Card declined", body: "My payment failed", contactId: contact.id });
    await agent.crm.tickets.reply({ id: ticket.id, body: "We are looking into it" });
    await agent.crm.tickets.reply({ id: ticket.id, body: "Team only", internal: true });
    await agent.crm.tickets.update({ id: ticket.id, status: "resolved" });
    const entries = await agent.crm.contacts.timeline({ id: contact.id, types: ["ticket"] });
    const label = `TCK-${ticket.number}`;
    expect(entries.items.map((item) => item.title)).toEqual([`${label}: status open → resolved`, `${label}: replied to the client`, `${label}: opened "Card declined"`]);
  });
});
