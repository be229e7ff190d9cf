import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { callerFor, createTestOrganization, uniqueSuffix, useTestOrganization } from "../../testing";
import { addUser, fieldErrorsOf, policyInput } from "../../testing/pipeline-fixtures";

const email = () => `merge.${uniqueSuffix()}@example.com`;

describe("duplicate contacts", () => {
  const org = useTestOrganization();

  it("answers CONFLICT naming the contact with the same email, phone, or name and date of birth, unless allowDuplicate", async () => {
    const agent = callerFor(org.users.agent);
    const first = await agent.crm.contacts.create({ name: "Dana Duplicate", email: email(), phone: "555 212 3434", dateOfBirth: new Date("1982-03-04") });

    const sameEmail = agent.crm.contacts.create({ name: "Someone Else", email: first.email!.toUpperCase() });
    await expect(sameEmail).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Dana Duplicate") as unknown });
    const error = await agent.crm.contacts.create({ name: "Other", phone: "(555) 212-3434" }).catch((caught: unknown) => caught);
    expect(fieldErrorsOf(error)).toMatchObject({ phone: [expect.any(String)], duplicateOf: [first.id] });
    await expect(agent.crm.contacts.create({ name: "dana  duplicate", dateOfBirth: new Date("1982-03-04") })).rejects.toMatchObject({ code: "CONFLICT" });

    const allowed = await agent.crm.contacts.create({ name: "Dana Duplicate", email: first.email, allowDuplicate: true });
    expect(allowed.id).not.toBe(first.id);
    await expect(agent.crm.contacts.create({ name: "Dana Duplicate", dateOfBirth: new Date("1990-01-01") })).resolves.toMatchObject({ name: "Dana Duplicate" });
  });

  it("lists the matches for the form, within the caller's reach only", async () => {
    const agent = callerFor(org.users.agent);
    const stranger = callerFor(await addUser(org, "agent"));
    const contact = await agent.crm.contacts.create({ name: "Mona Match", email: email() });
    const { items } = await agent.crm.contacts.duplicates({ email: contact.email });
    expect(items).toEqual([expect.objectContaining({ id: contact.id, reasons: ["email"] })]);
    expect((await agent.crm.contacts.duplicates({ email: contact.email, exceptId: contact.id })).items).toEqual([]);
    expect((await stranger.crm.contacts.duplicates({ email: contact.email })).items).toEqual([]);
    await expect(stranger.crm.contacts.create({ name: "Mona Match", email: contact.email })).resolves.toMatchObject({ name: "Mona Match" });
  });
});

describe("crm.leads.convert into an existing contact", () => {
  it("offers the matching contact and attaches the deal and the lead's timeline to it, creating no second contact", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const client = await agent.crm.contacts.create({ name: "Cora Client", email: email() });
    const lead = await agent.crm.leads.create({ kind: "client", name: "Cora Client", email: client.email, phone: "555 700 8080", value: 2_500 });
    await agent.crm.leads.addActivity({ leadId: lead.id, type: "call", description: "Wants umbrella cover" });

    const { items } = await agent.crm.leads.conversionMatches({ id: lead.id });
    expect(items.map((item) => ({ id: item.id, reasons: item.reasons }))).toEqual([{ id: client.id, reasons: ["email"] }]);

    const result = await agent.crm.leads.convert({ id: lead.id, contactId: client.id });
    if (!("contact" in result)) throw new Error("a client lead converts to a contact");
    expect(result.contact).toMatchObject({ id: client.id, phone: "+15557008080" });
    expect(result.opportunity).toMatchObject({ contactId: client.id, leadId: lead.id, value: 2_500 });
    expect(await db.contact.count({ where: { organizationId: org.organizationId } })).toBe(1);
    expect(await agent.crm.leads.get({ id: lead.id })).toMatchObject({ status: "won", convertedContactId: client.id });
    const detail = await agent.crm.contacts.get({ id: client.id });
    expect(detail.opportunities.map((deal) => deal.id)).toContain(result.opportunity.id);
    expect(await db.activity.count({ where: { leadId: lead.id, contactId: client.id } })).toBe(2);
    expect((await agent.crm.leads.conversionMatches({ id: lead.id })).items).toEqual([]);
  });

  it("refuses a contact outside the caller's reach as NOT_FOUND and converts nothing", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const other = callerFor(await addUser(org, "agent"));
    const theirs = await other.crm.contacts.create({ name: "Theo Theirs", email: email() });
    const lead = await agent.crm.leads.create({ kind: "client", name: "Theo Theirs", email: theirs.email });
    expect((await agent.crm.leads.conversionMatches({ id: lead.id })).items).toEqual([]);
    await expect(agent.crm.leads.convert({ id: lead.id, contactId: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await agent.crm.leads.get({ id: lead.id })).convertedAt).toBeNull();
  });
});

describe("crm.contacts.merge", () => {
  it("keeps the picked values, moves every activity, policy, deal, task and ticket, trashes the loser, and restoring it undoes the merge", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const manager = callerFor(org.users.manager);
    const survivor = await agent.crm.contacts.create({ name: "Sam Survivor", email: email(), tags: ["auto"] });
    const loser = await agent.crm.contacts.create({ name: "Samuel Survivor", phone: "555 313 4141", customerCode: `C-${uniqueSuffix()}`, tags: ["home"], allowDuplicate: true });
    await agent.crm.contacts.logCommunication({ contactId: survivor.id, type: "call", summary: "survivor call" });
    await agent.crm.contacts.logCommunication({ contactId: loser.id, type: "email", summary: "loser email" });
    const loserPolicy = await agent.crm.policies.create(policyInput(loser.id, { premium: 900 }));
    const deal = await agent.crm.opportunities.create({ title: "Loser deal", contactId: loser.id, value: 100 });
    const task = await agent.crm.tasks.create({ title: "Call the loser", contactId: loser.id });
    const ticket = await agent.crm.tickets.create({ subject: "Loser question", contactId: loser.id, body: "Hello" });

    const merged = await manager.crm.contacts.merge({ survivorId: survivor.id, loserId: loser.id, fields: { phone: "loser", customerCode: "loser", name: "survivor" } });
    expect(merged).toMatchObject({ survivorId: survivor.id, loserId: loser.id, moved: { policies: 1, opportunities: 1, tasks: 1, tickets: 1 } });
    expect(merged.changedFields.sort()).toEqual(["customerCode", "lastContactAt", "phone", "tags"]);

    const after = await manager.crm.contacts.get({ id: survivor.id });
    expect(after).toMatchObject({ name: "Sam Survivor", email: survivor.email, phone: loser.phone, customerCode: loser.customerCode });
    expect(after.tags.sort()).toEqual(["auto", "home"]);
    expect(after.policies.map((row) => row.id)).toEqual([loserPolicy.id]);
    expect(after.opportunities.map((row) => row.id)).toContain(deal.id);
    expect(after.tickets.map((row) => row.id)).toContain(ticket.id);
    expect(await db.task.findUniqueOrThrow({ where: { id: task.id }, select: { contactId: true } })).toEqual({ contactId: survivor.id });
    expect(await db.activity.count({ where: { contactId: survivor.id, type: { in: ["call", "email"] } } })).toBe(2);
    await expect(manager.crm.contacts.get({ id: loser.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const audit = await db.auditLog.findFirst({ where: { organizationId: org.organizationId, action: "crm.contacts.merge" } });
    expect(audit).toMatchObject({ entityType: "contact" });

    const restored = await manager.crm.trash.restore({ entityType: "contact", id: loser.id });
    expect(restored.mergeUndone).toMatchObject({ survivorId: survivor.id });
    const back = await manager.crm.contacts.get({ id: loser.id });
    expect(back.policies.map((row) => row.id)).toEqual([loserPolicy.id]);
    expect(back.tickets.map((row) => row.id)).toContain(ticket.id);
    expect(back.customerCode).toBe(loser.customerCode);
    const survivorAgain = await manager.crm.contacts.get({ id: survivor.id });
    expect(survivorAgain).toMatchObject({ phone: null, customerCode: null, policies: [] });
    expect(survivorAgain.tags).toEqual(["auto"]);
    expect(await db.activity.count({ where: { contactId: loser.id, type: "email" } })).toBe(1);
  });

  it("is for managers and admins, and a contact outside the caller's reach is NOT_FOUND", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const a = await agent.crm.contacts.create({ name: "Ann One", email: email() });
    const b = await agent.crm.contacts.create({ name: "Ann Two", email: email() });
    await expect(agent.crm.contacts.merge({ survivorId: a.id, loserId: b.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const outsider = callerFor(await addUser(org, "manager"));
    await expect(outsider.crm.contacts.merge({ survivorId: a.id, loserId: b.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(org.users.admin).crm.contacts.merge({ survivorId: a.id, loserId: a.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("crm.leads.merge", () => {
  it("moves the loser's timeline and tasks to the survivor and refuses converted leads", async () => {
    const org = await createTestOrganization();
    const manager = callerFor(org.users.manager);
    const survivor = await manager.crm.leads.create({ kind: "client", name: "Lee Lead", email: email(), tags: ["web"] });
    const loser = await manager.crm.leads.create({ kind: "client", name: "Lee Lead", phone: "555 999 1212", value: 700, tags: ["referral"] });
    await manager.crm.leads.addActivity({ leadId: loser.id, type: "call", description: "loser call" });
    await manager.crm.tasks.create({ title: "Follow up", leadId: loser.id });

    const merged = await manager.crm.leads.merge({ survivorId: survivor.id, loserId: loser.id, fields: { phone: "loser", value: "loser" } });
    expect(merged.moved).toMatchObject({ activities: 1, tasks: 1 });
    expect(await manager.crm.leads.get({ id: survivor.id })).toMatchObject({ phone: loser.phone, value: 700, tags: ["web", "referral"] });
    await expect(manager.crm.leads.get({ id: loser.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await manager.crm.trash.restore({ entityType: "lead", id: loser.id });
    expect(await manager.crm.leads.get({ id: survivor.id })).toMatchObject({ phone: null, value: null });
    expect(await db.task.count({ where: { leadId: loser.id } })).toBe(1);

    await manager.crm.leads.convert({ id: survivor.id });
    await expect(manager.crm.leads.merge({ survivorId: survivor.id, loserId: loser.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
