import { db } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { applyRenewalBatch, callerFor, renewalCsv, useTestOrganization } from "../../testing";
import { agentWithContact } from "../../testing/pipeline-fixtures";
import { useRealtimeStandIn } from "../../testing/realtime";

useRealtimeStandIn();

const tagsOf = async (table: "lead" | "contact", id: string) =>
  table === "lead" ? (await db.lead.findUniqueOrThrow({ where: { id }, select: { tags: true } })).tags : (await db.contact.findUniqueOrThrow({ where: { id }, select: { tags: true } })).tags;

describe("the do-not-contact list flags existing records", () => {
  const org = useTestOrganization();

  it("flags matching leads and contacts when an entry is added, in any format, and leaves others alone", async () => {
    const agent = callerFor(org.users.agent);
    const admin = callerFor(org.users.admin);
    const lead = await agent.crm.leads.create({ kind: "client", name: "Lena Lead", email: "Lena.Flag@Example.com" });
    const contact = await agent.crm.contacts.create({ name: "Carl Contact", email: "lena.flag@example.com", tags: ["vip"] });
    const phoneContact = await agent.crm.contacts.create({ name: "Pia Phone", phone: "(555) 201-3344" });
    const phoneLead = await agent.crm.leads.create({ kind: "client", name: "Pete Phone", phone: "+1 555 201 3344" });
    const bystander = await agent.crm.contacts.create({ name: "Bo Bystander", email: "bo@example.com", phone: "555-201-9999" });

    await admin.crm.dnc.add({ channel: "email", value: " LENA.FLAG@example.com " });
    expect(await tagsOf("lead", lead.id)).toContain("dnc");
    expect(await tagsOf("contact", contact.id)).toEqual(["vip", "dnc"]);
    expect(await tagsOf("contact", phoneContact.id)).not.toContain("dnc");

    await admin.crm.dnc.add({ channel: "phone", value: "15552013344", reason: "Asked by phone" });
    expect(await tagsOf("contact", phoneContact.id)).toEqual(["dnc"]);
    expect(await tagsOf("lead", phoneLead.id)).toEqual(["dnc"]);
    expect(await tagsOf("contact", bystander.id)).toEqual([]);

    // The audit row of the addition says what it flagged.
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: org.organizationId, entityType: "dnc_entry" }, orderBy: { createdAt: "desc" } });
    expect(audit.changes).toMatchObject({ outcome: { flagged: { leads: 1, contacts: 1 } } });
  });

  it("unflags on removal only the records no other entry still lists", async () => {
    const agent = callerFor(org.users.agent);
    const admin = callerFor(org.users.admin);
    const both = await agent.crm.contacts.create({ name: "Bea Both", email: "bea.both@example.com", phone: "555-301-4455" });
    const emailOnly = await agent.crm.leads.create({ kind: "client", name: "Eli Email", email: "bea.both@example.com" });
    const byEmail = await admin.crm.dnc.add({ channel: "email", value: "bea.both@example.com" });
    const byPhone = await admin.crm.dnc.add({ channel: "phone", value: "555-301-4455" });
    expect(await tagsOf("contact", both.id)).toEqual(["dnc"]);

    await admin.crm.dnc.remove({ id: byEmail.id });
    expect(await tagsOf("lead", emailOnly.id)).toEqual([]);
    expect(await tagsOf("contact", both.id)).toEqual(["dnc"]); // its phone is still listed

    await admin.crm.dnc.remove({ id: byPhone.id });
    expect(await tagsOf("contact", both.id)).toEqual([]);
  });

  it("adds nothing when the flagging fails: the entry and the tags commit together", async () => {
    const admin = callerFor(org.users.admin);
    const contact = await callerFor(org.users.agent).crm.contacts.create({ name: "Tia Together", email: "tia@example.com" });
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_contact_tags() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'contacts are read-only'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_contact_tags BEFORE UPDATE ON contacts FOR EACH ROW EXECUTE FUNCTION refuse_contact_tags()`);
    try {
      await expect(admin.crm.dnc.add({ channel: "email", value: "tia@example.com" })).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_contact_tags ON contacts`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_contact_tags()`);
    }
    expect(await db.dncEntry.count({ where: { organizationId: org.organizationId, value: "tia@example.com" } })).toBe(0);
    expect(await tagsOf("contact", contact.id)).toEqual([]);
  });
});

describe("contacts are checked against the list like leads", () => {
  const org = useTestOrganization();

  beforeAll(async () => {
    await callerFor(org.users.admin).crm.dnc.add({ channel: "email", value: "listed@example.com" });
    await callerFor(org.users.admin).crm.dnc.add({ channel: "phone", value: "555-404-5566" });
  });

  it("flags a contact created with a listed email", async () => {
    const contact = await callerFor(org.users.agent).crm.contacts.create({ name: "Lee Listed", email: "Listed@Example.com", tags: ["home"] });
    expect(contact.tags).toEqual(["home", "dnc"]);
  });

  it("flags a contact updated to a listed phone, keeping its tags", async () => {
    const { agent, contact } = await agentWithContact(org, { name: "Uma Update", email: "uma@example.com", tags: ["auto"] });
    expect(contact.tags).toEqual(["auto"]);
    const updated = await agent.crm.contacts.update({ id: contact.id, phone: "+1 (555) 404-5566" });
    expect(updated.tags).toEqual(["auto", "dnc"]);
    const renamed = await agent.crm.contacts.update({ id: contact.id, name: "Uma Renamed" });
    expect(renamed.tags).toEqual(["auto", "dnc"]);
  });

  it("flags contacts a renewal file creates when their email or phone is listed", async () => {
    const content = renewalCsv([
      { policyNumber: "DNC-1", firstName: "Ira", lastName: "Imported", email: "listed@example.com", renewalDate: "2026-07-01" },
      { policyNumber: "DNC-2", firstName: "Ola", lastName: "Open", email: "ola.open@example.com", renewalDate: "2026-07-01" },
    ]);
    const uploaded = await callerFor(org.users.admin).renewals.batches.upload({ filename: "dnc.csv", content });
    await applyRenewalBatch(org.organizationId, uploaded.batchId);
    const imported = await db.contact.findMany({ where: { organizationId: org.organizationId, email: { in: ["listed@example.com", "ola.open@example.com"] }, name: { in: ["Ira Imported", "Ola Open"] } }, select: { name: true, tags: true }, orderBy: { name: "asc" } });
    expect(imported).toEqual([
      { name: "Ira Imported", tags: ["dnc"] },
      { name: "Ola Open", tags: [] },
    ]);
  });
});
