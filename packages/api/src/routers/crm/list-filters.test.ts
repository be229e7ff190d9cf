import { describe, expect, it } from "vitest";
import { callerFor, createTestOrganization } from "../../testing";
import { addUser } from "../../testing/pipeline-fixtures";

describe("crm.contacts.list deal columns and filters", () => {
  it("counts each row's deals the caller may see and sums the open ones' value", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const colleague = await addUser(org, "agent");
    const contact = await agent.crm.contacts.create({ name: "Deal Counter" });
    await agent.crm.opportunities.create({ title: "Open one", value: 1000, contactId: contact.id });
    await agent.crm.opportunities.create({ title: "Open two", value: 2500.5, contactId: contact.id, stage: "quoted" });
    const won = await agent.crm.opportunities.create({ title: "Won", value: 9000, contactId: contact.id });
    await agent.crm.opportunities.moveStage({ id: won.id, stage: "closed_won" });
    const trashed = await agent.crm.opportunities.create({ title: "Trashed", value: 400, contactId: contact.id });
    await callerFor(org.users.manager).crm.opportunities.delete({ id: trashed.id });
    // A deal on the contact that the agent can't see is neither counted nor summed for them.
    await callerFor(org.users.admin).crm.opportunities.create({ title: "Someone else's", value: 700, contactId: contact.id, ownerId: colleague.userId });
    const empty = await agent.crm.contacts.create({ name: "Deal Counter Empty" });

    const rows = (await agent.crm.contacts.list({ search: "Deal Counter" })).items;
    expect(rows.find((row) => row.id === contact.id)).toMatchObject({ dealCount: 3, openDealValue: 3500.5 });
    expect(rows.find((row) => row.id === empty.id)).toMatchObject({ dealCount: 0, openDealValue: 0 });
    const asAdmin = (await callerFor(org.users.admin).crm.contacts.list({ search: "Deal Counter" })).items;
    expect(asAdmin.find((row) => row.id === contact.id)).toMatchObject({ dealCount: 4, openDealValue: 4200.5 });
    // The same columns on an unsearched, sorted page.
    const sorted = (await agent.crm.contacts.list({ sort: "name", order: "asc" })).items;
    expect(sorted.find((row) => row.id === contact.id)).toMatchObject({ dealCount: 3 });
  });

  it("filters contacts by owner and tag", async () => {
    const org = await createTestOrganization();
    const admin = callerFor(org.users.admin);
    const tagged = await admin.crm.contacts.create({ name: "Tagged Tom", tags: ["vip"], ownerId: org.users.agent.userId });
    await admin.crm.contacts.create({ name: "Untagged Uma", ownerId: org.users.manager.userId });
    expect((await admin.crm.contacts.list({ tag: "vip" })).items.map((row) => row.id)).toEqual([tagged.id]);
    expect((await admin.crm.contacts.list({ ownerId: org.users.agent.userId })).items.map((row) => row.id)).toEqual([tagged.id]);
  });
});

describe("crm.leads.list tag filter", () => {
  it("returns only the leads carrying the tag, within the caller's scope", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const hot = await agent.crm.leads.create({ kind: "client", name: "Hot Harry", email: "harry@example.com", tags: ["referral", "hot"] });
    await agent.crm.leads.create({ kind: "client", name: "Cold Carl", email: "carl@example.com", tags: ["cold"] });
    const other = await addUser(org, "agent");
    await callerFor(other).crm.leads.create({ kind: "client", name: "Their Hot", email: "their@example.com", tags: ["hot"] });
    expect((await agent.crm.leads.list({ tag: "hot" })).items.map((row) => row.id)).toEqual([hot.id]);
    expect((await callerFor(org.users.admin).crm.leads.list({ tag: "hot" })).total).toBe(2);
    expect((await agent.crm.leads.list({ tag: "none-such" })).total).toBe(0);
  });
});
