import { db } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, seedRenewingPolicy, uniqueSuffix, useTestOrganization } from "../../testing";
import { agentWithContact } from "../../testing/pipeline-fixtures";

// Consent on every outbound path: a person on the do-not-contact list (by the contact point the
// outreach uses) or marked "dnc" is refused FORBIDDEN, with a message naming them and the value,
// on appointments, renewal contact attempts and survey invites (copilot drafts: copilot/chat.test.ts).

const HOUR = 60 * 60 * 1000;
const booking = (overrides: Record<string, unknown> = {}) => ({ title: "Policy review", startAt: new Date(Date.now() + 48 * HOUR), endAt: new Date(Date.now() + 49 * HOUR), ...overrides });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught as { code?: string; message: string; cause?: { fieldErrors?: Record<string, string[]> } },
  );
  expect(error, "the call was expected to be refused").not.toBeNull();
  return error!;
}

describe("consent on outbound paths", () => {
  const org = useTestOrganization();
  let listedPhone: string;
  let listedEmail: string;

  beforeAll(async () => {
    listedPhone = `555${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
    listedEmail = `optout.${uniqueSuffix()}@example.com`;
    const compliance = callerFor(org.users.compliance);
    await compliance.crm.dnc.add({ channel: "phone", value: listedPhone, reason: "Asked on the phone" });
    await compliance.crm.dnc.add({ channel: "email", value: listedEmail, reason: "Unsubscribed" });
  });

  describe("appointments", () => {
    it("refuses a call with a contact whose phone is listed, naming the contact, the number and contactId", async () => {
      const agent = callerFor(org.users.agent);
      // Created through the API the contact would be tagged "dnc" (dnc-flags.test.ts); one written
      // without the tag (by SQL) is still refused for its listed number.
      const contact = await db.contact.create({ data: { organizationId: org.organizationId, ownerId: org.users.agent.userId, name: "Paula Phone", phone: listedPhone } });
      const error = await refusal(agent.calendar.events.create(booking({ type: "call", contactId: contact.id })));
      expect(error.code).toBe("FORBIDDEN");
      expect(error.message).toMatch(/Not contactable: Paula Phone: .*is on the do-not-contact list/);
      expect(await db.appointment.count({ where: { organizationId: org.organizationId, contactId: contact.id } })).toBe(0);
      // An internal appointment about the contact reaches nobody and is allowed.
      await expect(agent.calendar.events.create(booking({ type: "internal", contactId: contact.id }))).resolves.toMatchObject({ type: "internal" });
    });

    it("refuses a meeting with a lead whose email is listed, and re-linking an existing appointment to them", async () => {
      const agent = callerFor(org.users.agent);
      const lead = await agent.crm.leads.create({ kind: "client", name: "Ella Email", email: listedEmail });
      const error = await refusal(agent.calendar.events.create(booking({ type: "meeting", leadId: lead.id })));
      // Creating the lead tagged it "dnc" (its email is listed); either refuses it.
      expect(error).toMatchObject({ code: "FORBIDDEN", message: "Not contactable: Ella Email is marked do-not-contact" });
      const free = await agent.calendar.events.create(booking({ type: "meeting" }));
      expect((await refusal(agent.calendar.events.update({ id: free.id, leadId: lead.id }))).code).toBe("FORBIDDEN");
      expect((await db.appointment.findUniqueOrThrow({ where: { id: free.id } })).leadId).toBeNull();
    });

    it("refuses inviting a listed address as an attendee, and a person marked dnc", async () => {
      const agent = callerFor(org.users.agent);
      const error = await refusal(agent.calendar.events.create(booking({ attendees: [{ name: "Guest", email: listedEmail.toUpperCase() }] })));
      expect(error.code).toBe("FORBIDDEN");
      expect(error.message).toContain(listedEmail);
      const tagged = await agent.crm.contacts.create({ name: "Tom Tagged", email: `tom.${uniqueSuffix()}@example.com`, tags: ["dnc"] });
      const tagRefusal = await refusal(agent.calendar.events.create(booking({ type: "follow_up", contactId: tagged.id })));
      expect(tagRefusal).toMatchObject({ code: "FORBIDDEN", message: "Not contactable: Tom Tagged is marked do-not-contact" });
    });

    it("books a contactable person as before", async () => {
      const { agent, contact } = await agentWithContact(org, { name: "Carl Clear", phone: "5550001111", email: `carl.${uniqueSuffix()}@example.com` });
      await expect(agent.calendar.events.create(booking({ type: "call", contactId: contact.id }))).resolves.toMatchObject({ contact: { id: contact.id } });
    });
  });

  describe("renewal contact attempts", () => {
    it("refuses a call or SMS to a client whose phone is listed, records nothing, and allows an email", async () => {
      const seeded = await seedRenewingPolicy(org.organizationId, org.users.agent.userId, { name: "Rita Renewing" });
      await db.contact.update({ where: { id: seeded.contactId }, data: { phone: listedPhone } });
      await callerFor(org.users.admin).renewals.cases.openDue();
      const renewalCase = await db.renewalCase.findFirstOrThrow({ where: { policyId: seeded.policyId } });
      const cases = callerFor(org.users.agent).renewals.cases;
      for (const channel of ["call", "sms"] as const) {
        const error = await refusal(cases.logContactAttempt({ id: renewalCase.id, channel, outcome: "no_answer" }));
        expect(error.code).toBe("FORBIDDEN");
        expect(error.message).toMatch(/Not contactable: Rita Renewing: .*do-not-contact list/);
      }
      expect(await db.renewalContactAttempt.count({ where: { caseId: renewalCase.id } })).toBe(0);
      expect((await db.renewalCase.findUniqueOrThrow({ where: { id: renewalCase.id } })).contactAttempts).toBe(0);
      await cases.logContactAttempt({ id: renewalCase.id, channel: "email", outcome: "reached" });
      expect(await db.renewalContactAttempt.count({ where: { caseId: renewalCase.id } })).toBe(1);
    });
  });

  describe("survey invites", () => {
    it("skips a listed contact and one marked dnc, saying why, and hands them no link", async () => {
      const manager = callerFor(org.users.manager);
      const survey = await manager.renewals.surveys.create({ title: "Consent check", questions: [{ id: "q1", type: "rating", text: "How did we do?", required: true }] });
      await manager.renewals.surveys.publish({ id: survey.id });
      const listed = await manager.crm.contacts.create({ name: "Lena Listed", email: listedEmail });
      const tagged = await manager.crm.contacts.create({ name: "Tina Tagged", email: `tina.${uniqueSuffix()}@example.com`, tags: ["dnc"] });
      const clear = await manager.crm.contacts.create({ name: "Cleo Clear", email: `cleo.${uniqueSuffix()}@example.com` });
      const sent = await manager.renewals.surveys.invite({ id: survey.id, contactIds: [listed.id, tagged.id, clear.id] });
      expect(sent.invites.map((invite) => invite.contactId)).toEqual([clear.id]);
      expect(sent.skipped).toEqual(
        expect.arrayContaining([
          { contactId: listed.id, reason: "do_not_contact" },
          { contactId: tagged.id, reason: "do_not_contact" },
        ]),
      );
      expect(await db.surveyInvite.count({ where: { surveyId: survey.id } })).toBe(1);
    });
  });
});
