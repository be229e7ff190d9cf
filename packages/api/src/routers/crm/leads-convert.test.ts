import { db } from "@harbor/db";
import { beforeEach, describe, expect, it } from "vitest";
import { callerFor, createTestOrganization } from "../../testing";
import { useRealtimeStandIn } from "../../testing/realtime";
import { publishedEvents } from "../../testing/pipeline-fixtures";

const standIn = useRealtimeStandIn();
beforeEach(() => {
  standIn.requests.length = 0;
});

let serial = 0;
const email = () => `convert.${Date.now().toString(36)}.${(serial += 1)}@example.com`;

/** Makes the database refuse the next insert into `table`, the way a failure midway would. */
async function failInsertsInto(table: "opportunities" | "agent_candidates") {
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION refuse_insert() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`CREATE TRIGGER refuse_insert BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_insert()`);
  return () => db.$executeRawUnsafe(`DROP TRIGGER refuse_insert ON ${table}`);
}

describe("crm.leads.convert", () => {
  it("turns a client lead into a contact and a prospect opportunity carrying its value and timeline", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const lead = await agent.crm.leads.create({
      kind: "client",
      name: "Carla Convert",
      email: email(),
      phone: "555 404 5050",
      company: "Pioneer Auto Repair",
      jobTitle: "Owner",
      value: 4_200,
      tags: ["bundle"],
      preferredChannel: "sms",
    });
    await agent.crm.leads.addActivity({ leadId: lead.id, type: "call", description: "Wants home and auto" });

    const result = await agent.crm.leads.convert({ id: lead.id });
    if (!("contact" in result)) throw new Error("a client lead converts to a contact");
    const { contact, opportunity } = result;
    expect(contact).toMatchObject({ name: "Carla Convert", email: lead.email, phone: "+15554045050", company: "Pioneer Auto Repair", ownerId: org.users.agent.userId });
    expect(opportunity).toMatchObject({ stage: "prospect", probability: 10, value: 4_200, contactId: contact.id, leadId: lead.id, ownerId: org.users.agent.userId });
    expect(opportunity.title).toContain("Pioneer Auto Repair");

    const after = await agent.crm.leads.get({ id: lead.id });
    expect(after).toMatchObject({ status: "won", convertedContactId: contact.id, convertedContact: { id: contact.id } });
    expect(after.convertedAt).toBeInstanceOf(Date);
    const storedContact = await db.contact.findUniqueOrThrow({ where: { id: contact.id } });
    expect(storedContact).toMatchObject({ title: "Owner", tags: ["bundle"], communicationPreferences: { preferredChannel: "sms" } });

    const activities = await db.activity.findMany({ where: { leadId: lead.id }, orderBy: { occurredAt: "asc" } });
    expect(activities.map((activity) => activity.type)).toEqual(["call", "system"]);
    expect(activities.every((activity) => activity.contactId === contact.id)).toBe(true);
    expect(await db.opportunityStageChange.count({ where: { opportunityId: opportunity.id, toStage: "prospect" } })).toBe(1);

    const events = publishedEvents(standIn);
    expect(events.find((event) => event.name === "lead:updated" && event.data.change === "converted")?.data).toMatchObject({
      id: lead.id,
      status: "won",
      contactId: contact.id,
      opportunityId: opportunity.id,
    });
    expect(events.find((event) => event.name === "opportunity:updated")?.data).toMatchObject({ id: opportunity.id, oldStage: null, newStage: "prospect" });
  });

  it("turns a recruit lead into an agent candidate", async () => {
    const org = await createTestOrganization();
    const manager = callerFor(org.users.manager);
    const lead = await manager.crm.leads.create({ kind: "recruit", name: "Rae Recruit", email: email(), notes: "Licensed in two states" });
    const result = await manager.crm.leads.convert({ id: lead.id });
    expect(result).toEqual({ candidate: expect.objectContaining({ name: "Rae Recruit", email: lead.email, stage: "applied", leadId: lead.id, ownerId: org.users.manager.userId }) as unknown });
    expect(await db.contact.count({ where: { organizationId: org.organizationId } })).toBe(0);
    expect(await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ status: "won", convertedContactId: null, convertedAt: expect.any(Date) as unknown });
  });

  it("answers CONFLICT the second time, and lets only one of two simultaneous conversions through", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const once = await agent.crm.leads.create({ kind: "client", name: "Once", email: email() });
    await agent.crm.leads.convert({ id: once.id });
    await expect(agent.crm.leads.convert({ id: once.id })).rejects.toMatchObject({ code: "CONFLICT" });

    const raced = await agent.crm.leads.create({ kind: "client", name: "Raced", email: email() });
    const outcomes = await Promise.allSettled([agent.crm.leads.convert({ id: raced.id }), agent.crm.leads.convert({ id: raced.id })]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.contact.count({ where: { convertedLeads: { some: { id: raced.id } } } })).toBe(1);
    expect(await db.opportunity.count({ where: { leadId: raced.id } })).toBe(1);
  });

  it("leaves nothing behind when a client conversion fails midway", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const lead = await agent.crm.leads.create({ kind: "client", name: "Half Way", email: email(), value: 900 });
    await agent.crm.leads.addActivity({ leadId: lead.id, type: "email", description: "Sent brochure" });
    standIn.requests.length = 0;

    const restore = await failInsertsInto("opportunities");
    try {
      await expect(agent.crm.leads.convert({ id: lead.id })).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
    } finally {
      await restore();
    }
    expect(await db.contact.count({ where: { organizationId: org.organizationId } })).toBe(0);
    expect(await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ status: "new", convertedAt: null, convertedContactId: null });
    expect(await db.activity.count({ where: { leadId: lead.id, NOT: { contactId: null } } })).toBe(0);
    expect(await db.activity.count({ where: { leadId: lead.id, type: "system" } })).toBe(0);
    expect(publishedEvents(standIn).filter((event) => event.name === "lead:updated" || event.name === "opportunity:updated")).toEqual([]);

    await expect(agent.crm.leads.convert({ id: lead.id })).resolves.toHaveProperty("opportunity");
  });

  it("leaves nothing behind when a recruit conversion fails midway", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const lead = await agent.crm.leads.create({ kind: "recruit", name: "Not Yet", email: email() });
    const restore = await failInsertsInto("agent_candidates");
    try {
      await expect(agent.crm.leads.convert({ id: lead.id })).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
    } finally {
      await restore();
    }
    expect(await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ status: "new", convertedAt: null });
  });

  it("answers NOT_FOUND for another agent's lead and FORBIDDEN to a viewer", async () => {
    const org = await createTestOrganization();
    const lead = await callerFor(org.users.manager).crm.leads.create({ kind: "client", name: "Not Yours", email: email() });
    await expect(callerFor(org.users.agent).crm.leads.convert({ id: lead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(org.users.viewer).crm.leads.convert({ id: lead.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
