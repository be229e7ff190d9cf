import { describe, expect, it } from "vitest";
import { callerFor, createTestOrganization, uniqueSuffix } from "../../testing";
import { addUser, policyInput } from "../../testing/pipeline-fixtures";

const policy = (contactId: string, premium: number, status: "active" | "lapsed" = "active") =>
  policyInput(contactId, { policyNumber: `HH-${uniqueSuffix()}`, type: "home", premium, status });

describe("crm.households", () => {
  it("groups contacts around a primary with a shared address, listing every member's policies and the total premium", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const ana = await agent.crm.contacts.create({ name: "Ana Home" });
    const ben = await agent.crm.contacts.create({ name: "Ben Home" });
    await agent.crm.policies.create(policy(ana.id, 1_200));
    await agent.crm.policies.create(policy(ben.id, 800.5));
    await agent.crm.policies.create(policy(ben.id, 100, "lapsed"));

    const household = await agent.crm.households.create({ name: "The Homes", primaryContactId: ana.id, memberIds: [ben.id], address: { line1: "1 Elm St", city: "Springfield" } });
    expect(household).toMatchObject({ name: "The Homes", primaryContact: { id: ana.id }, address: { line1: "1 Elm St" }, totals: { members: 2, policies: 3, premium: 2_100.5, activePremium: 2_000.5 } });
    expect(household.members.map((member) => [member.name, member.isPrimary, member.policies.length])).toEqual([
      ["Ana Home", true, 1],
      ["Ben Home", false, 2],
    ]);
    expect((await agent.crm.contacts.get({ id: ben.id })).household).toEqual({ id: household.id, name: "The Homes" });

    const renamed = await agent.crm.households.update({ id: household.id, name: "Home family", primaryContactId: ben.id });
    expect(renamed).toMatchObject({ name: "Home family", primaryContact: { id: ben.id } });
    await expect(agent.crm.households.update({ id: household.id, primaryContactId: (await agent.crm.contacts.create({ name: "Cy Out" })).id })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const cy = await agent.crm.contacts.create({ name: "Cy Home" });
    expect((await agent.crm.households.addMember({ id: household.id, contactId: cy.id })).totals.members).toBe(3);
    expect(await agent.crm.households.removeMember({ id: household.id, contactId: ben.id })).toEqual({ id: household.id, contactId: ben.id, householdDeleted: false });
    const after = await agent.crm.households.get({ id: household.id });
    expect(after.primaryContact?.id).toBe(ana.id);
    expect(after.members.map((member) => member.id).sort()).toEqual([ana.id, cy.id].sort());
    expect((await agent.crm.contacts.get({ id: ben.id })).household).toBeNull();

    await agent.crm.households.removeMember({ id: household.id, contactId: ana.id });
    expect(await agent.crm.households.removeMember({ id: household.id, contactId: cy.id })).toMatchObject({ householdDeleted: true });
    await expect(agent.crm.households.get({ id: household.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is NOT_FOUND to a caller who reaches none of its members, and refuses members outside reach", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const other = callerFor(await addUser(org, "agent"));
    const mine = await agent.crm.contacts.create({ name: "Mae Mine" });
    const theirs = await other.crm.contacts.create({ name: "Theo Theirs" });
    const household = await agent.crm.households.create({ name: "Mine", primaryContactId: mine.id });
    await expect(other.crm.households.get({ id: household.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.crm.households.addMember({ id: household.id, contactId: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(agent.crm.households.addMember({ id: household.id, contactId: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.crm.households.create({ name: "Theirs", primaryContactId: mine.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(org.users.viewer).crm.households.create({ name: "V", primaryContactId: mine.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await callerFor(org.users.viewer).crm.households.get({ id: household.id })).members).toHaveLength(1);
  });
});
