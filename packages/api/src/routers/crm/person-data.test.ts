import { db } from "@harbor/db";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { callerFor, createTestOrganization, uniqueSuffix, useTestOrganization, type TestOrganization } from "../../testing";

// A person's data rights: crm.contacts.exportData (admins, compliance) and crm.contacts.erase (admins).

async function contactWithHistory(org: TestOrganization) {
  const agent = callerFor(org.users.agent);
  const email = `person.${uniqueSuffix()}@example.com`;
  const contact = await agent.crm.contacts.create({
    name: "Rosa Petrakis",
    email,
    phone: "555-010-7788",
    company: "Petrakis Bakery",
    dateOfBirth: new Date("1981-04-09"),
    address: { line1: "12 Harbour Row", city: "Portland" },
    notes: "Allergic to cats; call after 5pm",
  });
  const policy = await agent.crm.policies.create({
    contactId: contact.id,
    policyNumber: `POL-${uniqueSuffix()}`,
    type: "home",
    carrier: "Acme Mutual",
    premium: 1_450.5,
    startDate: new Date("2025-06-01"),
    endDate: new Date("2026-06-01"),
  });
  const deal = await agent.crm.opportunities.create({ title: "Rosa's umbrella cover", contactId: contact.id, value: 3_000 });
  await agent.crm.contacts.logCommunication({ contactId: contact.id, type: "call", summary: "Rosa asked about flood cover for 12 Harbour Row" });
  await agent.crm.contacts.logCommunication({ contactId: contact.id, type: "note", summary: "Husband is Nikos, prefers email" });
  const task = await agent.crm.tasks.create({ title: "Send Rosa the flood quote", contactId: contact.id });
  const ticket = await agent.crm.tickets.create({ subject: "Rosa: double charge", body: "Card ending 4421 charged twice", contactId: contact.id });
  await callerFor(org.users.compliance).crm.dnc.add({ channel: "email", value: email, reason: "Asked by phone" });
  return { contact, policy, deal, task, ticket, email };
}

function unzip(contentBase64: string) {
  const files = unzipSync(new Uint8Array(Buffer.from(contentBase64, "base64")));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe("crm.contacts.exportData", () => {
  const org = useTestOrganization();

  it("zips everything held about the contact as JSON and one CSV per section, and audits the export", async () => {
    const { contact, policy, deal, task, ticket, email } = await contactWithHistory(org);
    const result = await callerFor(org.users.compliance).crm.contacts.exportData({ id: contact.id });
    expect(result.filename).toMatch(new RegExp(`^contact-${contact.id}-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
    // activities: the call logged, plus the timeline entries for the policy added and the ticket opened.
    expect(result.sections).toMatchObject({ contact: 1, activities: 3, notes: 1, policies: 1, opportunities: 1, tasks: 1, tickets: 1, ticketMessages: 1, doNotContact: 1, consents: 1 });

    const files = unzip(result.contentBase64);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["contact.json", "csv/contact.csv", "csv/activities.csv", "csv/notes.csv", "csv/policies.csv", "csv/ticket-messages.csv", "csv/do-not-contact.csv"]));
    const json = JSON.parse(files["contact.json"]!) as Record<"contact" | "policies" | "opportunities" | "tasks" | "tickets" | "ticketMessages" | "notes" | "doNotContact", Record<string, unknown>[]>;
    expect(json.contact[0]).toMatchObject({ id: contact.id, name: "Rosa Petrakis", email, notes: "Allergic to cats; call after 5pm", address: { line1: "12 Harbour Row" } });
    expect(json.policies[0]).toMatchObject({ id: policy.id, premium: 1450.5 });
    expect(json.opportunities[0]).toMatchObject({ id: deal.id, value: 3000 });
    expect(json.tasks[0]).toMatchObject({ id: task.id });
    expect(json.tickets[0]).toMatchObject({ id: ticket.id });
    expect(json.ticketMessages[0]).toMatchObject({ body: "Card ending 4421 charged twice" });
    expect(json.notes[0]).toMatchObject({ type: "note" });
    expect(json.doNotContact[0]).toMatchObject({ channel: "email", value: email, reason: "Asked by phone" });

    const contactCsv = parse<Record<string, string>>(files["csv/contact.csv"]!, { columns: true });
    expect(contactCsv[0]).toMatchObject({ id: contact.id, name: "Rosa Petrakis", email });
    const policiesCsv = parse<Record<string, string>>(files["csv/policies.csv"]!, { columns: true });
    expect(policiesCsv[0]).toMatchObject({ premium: "1450.5" });

    const audit = await db.auditLog.findFirst({ where: { organizationId: org.organizationId, action: "crm.contacts.exportData" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ actorId: org.users.compliance.userId, entityType: "contact", entityId: contact.id });
  });

  it("neutralizes formula text in the CSV files", async () => {
    const contact = await callerFor(org.users.agent).crm.contacts.create({ name: "=HYPERLINK(\"http://evil\")" });
    const files = unzip((await callerFor(org.users.admin).crm.contacts.exportData({ id: contact.id })).contentBase64);
    const rows = parse<Record<string, string>>(files["csv/contact.csv"]!, { columns: true });
    expect(rows[0]!.name).toBe("'=HYPERLINK(\"http://evil\")");
  });

  it("is NOT_FOUND for a trashed contact or another organization's, and FORBIDDEN to managers, agents and viewers", async () => {
    const other = await createTestOrganization("Elsewhere");
    const foreign = await callerFor(other.users.agent).crm.contacts.create({ name: "Not Yours" });
    await expect(callerFor(org.users.admin).crm.contacts.exportData({ id: foreign.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const trashed = await callerFor(org.users.agent).crm.contacts.create({ name: "Binned" });
    await callerFor(org.users.manager).crm.contacts.delete({ id: trashed.id });
    await expect(callerFor(org.users.admin).crm.contacts.exportData({ id: trashed.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const mine = await callerFor(org.users.agent).crm.contacts.create({ name: "Mine" });
    for (const role of ["manager", "agent", "viewer"] as const) {
      await expect(callerFor(org.users[role]).crm.contacts.exportData({ id: mine.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("crm.contacts.erase", () => {
  const org = useTestOrganization();

  it("clears personal fields and redacts texts about the person, keeps figures and the DNC entry, in one audited change", async () => {
    const { contact, policy, deal, task, ticket, email } = await contactWithHistory(org);
    const admin = callerFor(org.users.admin);
    const erased = await admin.crm.contacts.erase({ id: contact.id });
    // Four activities: two logged by the test, and the policy and ticket entries on the timeline.
    expect(erased).toMatchObject({ id: contact.id, name: "Erased contact", redacted: { activities: 4, opportunities: 1, tasks: 1, tickets: 1, ticketMessages: 1 } });

    const after = await admin.crm.contacts.get({ id: contact.id });
    expect(after).toMatchObject({ name: "Erased contact", email: null, phone: null, company: null, dateOfBirth: null, address: null, notes: null });
    expect(after.policies).toEqual([expect.objectContaining({ id: policy.id, premium: 1450.5, policyNumber: policy.policyNumber })]);
    expect(after.summary.activePremium).toBe(1450.5);
    expect(after.opportunities).toEqual([expect.objectContaining({ id: deal.id, value: 3000 })]);
    expect(after.timeline).toHaveLength(4);

    const stored = JSON.stringify(
      await Promise.all([
        db.contact.findUnique({ where: { id: contact.id } }),
        db.activity.findMany({ where: { contactId: contact.id } }),
        db.task.findUnique({ where: { id: task.id } }),
        db.ticket.findUnique({ where: { id: ticket.id }, include: { messages: true } }),
        db.opportunity.findUnique({ where: { id: deal.id } }),
      ]),
    );
    for (const personal of ["Rosa", "Petrakis", email, "555-010-7788", "Harbour Row", "1981-04-09", "Allergic", "Nikos", "4421"]) expect(stored).not.toContain(personal);

    expect(await db.dncEntry.count({ where: { organizationId: org.organizationId, value: email } })).toBe(1);
    const audit = await db.auditLog.findFirst({ where: { organizationId: org.organizationId, action: "crm.contacts.erase" } });
    expect(audit).toMatchObject({ actorId: org.users.admin.userId, entityType: "contact", entityId: contact.id });
  });

  it("is FORBIDDEN to compliance, managers, agents and viewers, and changes nothing then", async () => {
    const contact = await callerFor(org.users.agent).crm.contacts.create({ name: "Keep Me", email: `keep.${uniqueSuffix()}@example.com` });
    for (const role of ["compliance", "manager", "agent", "viewer"] as const) {
      await expect(callerFor(org.users[role]).crm.contacts.erase({ id: contact.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.contact.findUnique({ where: { id: contact.id }, select: { name: true } })).toEqual({ name: "Keep Me" });
  });

  it("is NOT_FOUND for another organization's contact", async () => {
    const other = await createTestOrganization("Elsewhere");
    const foreign = await callerFor(other.users.agent).crm.contacts.create({ name: "Not Yours" });
    await expect(callerFor(org.users.admin).crm.contacts.erase({ id: foreign.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.contact.findUnique({ where: { id: foreign.id }, select: { name: true } })).toEqual({ name: "Not Yours" });
  });
});
