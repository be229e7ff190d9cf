import { db } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestOrganization, useTestOrganization } from "../testing";
import { useAddedUser } from "../testing/pipeline-fixtures";

describe("search.global", () => {
  const org = useTestOrganization();
  const south = useAddedUser(org, "agent");
  let ids: Record<string, string>;

  beforeAll(async () => {
    const organizationId = org.organizationId;
    const agentId = org.users.agent.userId;
    const contact = await db.contact.create({
      data: { organizationId, ownerId: agentId, name: "Marisol Quintero", email: "marisol@example.com", phone: "+1-555-010-4242", company: "Quintero Bakery" },
    });
    const supplier = await db.contact.create({
      data: { organizationId, ownerId: agentId, name: "Bob Builder", email: "bob@example.com", company: "Quintero Roofing and Siding Supply" },
    });
    const ownLead = await db.lead.create({
      data: { organizationId, ownerId: agentId, name: "Marisol Quintana", email: "mq@example.com", phone: "+1-555-777-0142", status: "qualified" },
    });
    const theirLead = await db.lead.create({ data: { organizationId, ownerId: south.userId, name: "Marisol Quinlan", email: "quinlan@example.com" } });
    const deal = await db.opportunity.create({
      data: { organizationId, ownerId: agentId, contactId: contact.id, title: "Home policy — Marisol Quintero", value: 1800, stage: "quoted" },
    });
    const theirDeal = await db.opportunity.create({ data: { organizationId, ownerId: south.userId, title: "Auto policy — Marisol Quinlan", value: 900 } });
    const ticket = await callerFor(org.users.admin).crm.tickets.create({ subject: "Marisol windshield claim", body: "Chip repair", contactId: contact.id });
    const theirTicket = await callerFor(south).crm.tickets.create({ subject: "Marisol Quinlan address change", body: "Moved" });
    const other = await createTestOrganization("Other Agency");
    const elsewhere = await db.contact.create({ data: { organizationId: other.organizationId, ownerId: other.users.agent.userId, name: "Marisol Elsewhere", customerCode: "CUST-7781" } });
    const policyDates = { startDate: new Date("2026-01-01"), endDate: new Date("2027-01-01"), premium: 1200, carrier: "Harbor Mutual" };
    const policy = await db.policy.create({ data: { organizationId, contactId: contact.id, ownerId: agentId, policyNumber: "HO-2026-00417", type: "home", ...policyDates } });
    const theirContact = await db.contact.create({ data: { organizationId, ownerId: south.userId, name: "Dana Southwell", customerCode: "CUST-7782" } });
    const theirPolicy = await db.policy.create({ data: { organizationId, contactId: theirContact.id, ownerId: south.userId, policyNumber: "HO-2026-00418", type: "home", ...policyDates } });
    await db.policy.create({ data: { organizationId: other.organizationId, contactId: elsewhere.id, policyNumber: "HO-2026-00419", type: "home", ...policyDates } });
    await db.contact.update({ where: { id: contact.id }, data: { customerCode: "CUST-7780" } });
    const article = await db.knowledgeResource.create({ data: { organizationId, title: "Windshield claims, step by step", content: "Call the carrier." } });
    await db.knowledgeResource.create({ data: { organizationId, title: "Windshield draft", content: "Not yet.", status: "draft" } });
    ids = {
      contact: contact.id,
      supplier: supplier.id,
      ownLead: ownLead.id,
      theirLead: theirLead.id,
      deal: deal.id,
      theirDeal: theirDeal.id,
      ticket: ticket.id,
      ticketNumber: String(ticket.number),
      theirTicket: theirTicket.id,
      policy: policy.id,
      theirPolicy: theirPolicy.id,
      theirContact: theirContact.id,
      article: article.id,
    };
  });

  it("finds an agent's own contacts, leads, deals and tickets, and nothing of another agent's", async () => {
    const result = await callerFor(org.users.agent).search.global({ q: "marisol" });
    expect(result.contacts.map((hit) => hit.id)).toEqual([ids.contact]);
    expect(result.leads.map((hit) => hit.id)).toEqual([ids.ownLead]);
    expect(result.leads[0]).toEqual({ id: ids.ownLead, name: "Marisol Quintana", email: "mq@example.com", phone: "+1-555-777-0142", company: null, kind: "client", status: "qualified" });
    expect(result.deals).toEqual([{ id: ids.deal, title: "Home policy — Marisol Quintero", stage: "quoted", value: 1800, contactName: "Marisol Quintero" }]);
    expect(result.tickets.map((hit) => hit.id)).toEqual([ids.ticket]);
    expect(JSON.stringify(result)).not.toContain("Quinlan");
  });

  it("lets a manager find the team's records but not another team's, and an admin everything in the organization", async () => {
    const manager = await callerFor(org.users.manager).search.global({ q: "Quinlan" });
    expect(manager).toEqual({ contacts: [], leads: [], deals: [], tickets: [], policies: [], knowledge: [] });
    const admin = await callerFor(org.users.admin).search.global({ q: "Quinlan" });
    expect(admin.leads.map((hit) => hit.id)).toEqual([ids.theirLead]);
    expect(admin.deals.map((hit) => hit.id)).toEqual([ids.theirDeal]);
    expect(admin.tickets.map((hit) => hit.id)).toEqual([ids.theirTicket]);
    const viewer = await callerFor(org.users.viewer).search.global({ q: "marisol" });
    expect(viewer.contacts.map((hit) => hit.name)).toEqual(["Marisol Quintero"]);
    expect(viewer.leads).toHaveLength(2);
  });

  it("orders hits by similarity: a name match before a company that merely contains the term", async () => {
    const result = await callerFor(org.users.agent).search.global({ q: "Quintero", type: "contacts" });
    expect(result.contacts.map((hit) => hit.id)).toEqual([ids.contact, ids.supplier]);
  });

  it("narrows to one kind with `type` and caps each kind at `limit`", async () => {
    const organizationId = org.organizationId;
    await db.lead.createMany({
      data: Array.from({ length: 12 }, (_, index) => ({ organizationId, ownerId: org.users.agent.userId, name: `Zebulon Lead ${index}` })),
    });
    const narrowed = await callerFor(org.users.agent).search.global({ q: "zebulon", type: "leads", limit: 10 });
    expect(narrowed.leads).toHaveLength(10);
    expect(narrowed).toMatchObject({ contacts: [], deals: [], tickets: [] });
    expect((await callerFor(org.users.agent).search.global({ q: "zebulon" })).leads).toHaveLength(5);
  });

  it("matches phone numbers, ticket numbers and emails", async () => {
    const agent = callerFor(org.users.agent);
    expect((await agent.search.global({ q: "555-777-0142" })).leads.map((hit) => hit.id)).toEqual([ids.ownLead]);
    expect((await agent.search.global({ q: "010-4242" })).contacts.map((hit) => hit.id)).toEqual([ids.contact]);
    expect((await agent.search.global({ q: `TCK-${ids.ticketNumber}`, type: "tickets" })).tickets.map((hit) => hit.id)).toEqual([ids.ticket]);
    expect((await agent.search.global({ q: "bob@example" })).contacts.map((hit) => hit.id)).toEqual([ids.supplier]);
  });

  it("takes LIKE wildcards in the term literally", async () => {
    const none = { contacts: [], leads: [], deals: [], tickets: [], policies: [], knowledge: [] };
    expect(await callerFor(org.users.admin).search.global({ q: "%%" })).toEqual(none);
    expect(await callerFor(org.users.admin).search.global({ q: "__" })).toEqual(none);
    expect(await callerFor(org.users.admin).search.global({ q: "HO-2026-0041_" })).toMatchObject({ policies: [] });
  });

  it("finds a policy by its number, or part of it, linked to its contact, within the contact's scope", async () => {
    const agent = callerFor(org.users.agent);
    expect((await agent.search.global({ q: "ho-2026-00417" })).policies).toEqual([
      { id: ids.policy, policyNumber: "HO-2026-00417", type: "home", carrier: "Harbor Mutual", status: "active", contactId: ids.contact, contactName: "Marisol Quintero" },
    ]);
    expect((await agent.search.global({ q: "2026-004" })).policies.map((hit) => hit.id)).toEqual([ids.policy]);
    const admin = await callerFor(org.users.admin).search.global({ q: "2026-004", type: "policies" });
    expect(admin.policies.map((hit) => hit.policyNumber).sort()).toEqual(["HO-2026-00417", "HO-2026-00418"]);
    expect((await callerFor(org.users.admin).search.global({ q: "HO-2026-00418" })).policies[0]?.id).toBe(ids.theirPolicy);
  });

  it("finds a contact by its customer code, in scope only", async () => {
    const found = await callerFor(org.users.agent).search.global({ q: "cust-7780" });
    expect(found.contacts).toEqual([expect.objectContaining({ id: ids.contact, customerCode: "CUST-7780" })]);
    expect((await callerFor(org.users.agent).search.global({ q: "CUST-778" })).contacts.map((hit) => hit.id)).toEqual([ids.contact]);
    expect((await callerFor(org.users.admin).search.global({ q: "CUST-7782" })).contacts.map((hit) => hit.id)).toEqual([ids.theirContact]);
  });

  it("finds published knowledge by title, never a draft", async () => {
    const result = await callerFor(org.users.viewer).search.global({ q: "windshield" });
    expect(result.knowledge).toEqual([{ id: ids.article, title: "Windshield claims, step by step", category: null }]);
  });

  it("rejects a term shorter than two characters", async () => {
    await expect(callerFor(org.users.agent).search.global({ q: " m " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
