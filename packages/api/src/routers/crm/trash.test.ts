import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { systemActor } from "../../access/actor";
import { recomputeOrganizationScores } from "../../services/scores";
import { callerFor, uniqueSuffix, useTestOrganization } from "../../testing";
import { addUser, agentWithContact, daysAgo, policyInput } from "../../testing/pipeline-fixtures";

const email = () => `trash.${uniqueSuffix()}@example.com`;

describe("crm.trash", () => {
  const org = useTestOrganization();

  it("hides a deleted lead from get, lists, counts, search and agent stats, and restores it with its timeline", async () => {
    const agent = callerFor(org.users.agent);
    const manager = callerFor(org.users.manager);
    const lead = await agent.crm.leads.create({ kind: "client", name: "Tamsin Trashwell", email: email() });
    await agent.crm.leads.addActivity({ leadId: lead.id, type: "call", description: "Asked about umbrella cover" });
    const owned = async () => (await manager.crm.agents.list({})).items.find((row) => row.id === org.users.agent.userId)?.stats.leadsOwned ?? 0;
    const before = { owned: await owned(), total: (await agent.crm.leads.list({})).total };

    await manager.crm.leads.delete({ id: lead.id });

    await expect(agent.crm.leads.get({ id: lead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(agent.crm.leads.update({ id: lead.id, notes: "still here?" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const list = await agent.crm.leads.list({});
    expect(list.items.map((item) => item.id)).not.toContain(lead.id);
    expect(list.total).toBe((before.total ?? 0) - 1);
    expect((await agent.crm.leads.list({ search: "Trashwell" })).items).toEqual([]);
    expect((await agent.search.global({ q: "Trashwell" })).leads).toEqual([]);
    expect(await owned()).toBe(before.owned - 1);
    // The row is still there, marked, until it is purged.
    expect(await db.lead.findUnique({ where: { id: lead.id }, select: { deletedById: true } })).toEqual({ deletedById: org.users.manager.userId });

    const trash = await manager.crm.trash.list({ entityType: "lead" });
    expect(trash.items[0]).toMatchObject({ entityType: "lead", id: lead.id, label: "Tamsin Trashwell", deletedBy: { id: org.users.manager.userId } });
    expect(trash.items[0]!.restorableUntil.getTime() - trash.items[0]!.deletedAt.getTime()).toBe(30 * 86_400_000);

    await manager.crm.trash.restore({ entityType: "lead", id: lead.id });
    const restored = await agent.crm.leads.get({ id: lead.id });
    expect(restored.activities.map((activity) => activity.type)).toContain("call");
    expect(await owned()).toBe(before.owned);
    expect((await agent.search.global({ q: "Trashwell" })).leads.map((hit) => hit.id)).toEqual([lead.id]);
  });

  it("keeps a converted lead's timeline on its contact when the lead is deleted and purged", async () => {
    const agent = callerFor(org.users.agent);
    const lead = await agent.crm.leads.create({ kind: "client", name: "Conrad Converted", email: email() });
    await agent.crm.leads.addActivity({ leadId: lead.id, type: "meeting", description: "Reviewed the home quote" });
    const result = await agent.crm.leads.convert({ id: lead.id });
    if (!("contact" in result)) throw new Error("a client lead converts to a contact");

    await callerFor(org.users.manager).crm.leads.delete({ id: lead.id });
    await callerFor(org.users.admin).crm.trash.purge({ items: [{ entityType: "lead", id: lead.id }] });

    expect(await db.lead.findUnique({ where: { id: lead.id } })).toBeNull();
    const contact = await agent.crm.contacts.get({ id: result.contact.id });
    expect(contact.timeline.map((activity) => activity.type)).toEqual(expect.arrayContaining(["meeting", "system"]));
  });

  it("takes a contact's policies out of sight with it, frees their numbers, and brings them back on restore", async () => {
    const agent = callerFor(org.users.agent);
    const manager = callerFor(org.users.manager);
    const contact = await agent.crm.contacts.create({ name: "Priya Policyholder", email: email() });
    const number = `TRASH-${uniqueSuffix()}`;
    const held = await agent.crm.policies.create(policyInput(contact.id, { policyNumber: number }));
    await agent.crm.contacts.logCommunication({ contactId: contact.id, type: "call", summary: "Renewal chat" });

    await manager.crm.contacts.delete({ id: contact.id });
    await expect(agent.crm.contacts.get({ id: contact.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await agent.crm.policies.list({})).items.map((item) => item.id)).not.toContain(held.id);
    await expect(agent.crm.policies.update({ id: held.id, carrier: "Other" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await agent.crm.contacts.list({ search: "Policyholder" })).items).toEqual([]);

    await manager.crm.trash.restore({ entityType: "contact", id: contact.id });
    const back = await agent.crm.contacts.get({ id: contact.id });
    expect(back.policies.map((item) => item.id)).toEqual([held.id]);
    expect(back.timeline.map((activity) => activity.type)).toContain("call");

    // A trashed policy's number is free; restoring it while another holds the number is refused.
    await manager.crm.policies.delete({ id: held.id });
    const reissued = await agent.crm.policies.create(policyInput(contact.id, { policyNumber: number }));
    await expect(manager.crm.trash.restore({ entityType: "policy", id: held.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await manager.crm.policies.delete({ id: reissued.id });
    await manager.crm.trash.restore({ entityType: "policy", id: held.id });
    expect((await agent.crm.contacts.get({ id: contact.id })).policies.map((item) => item.id)).toEqual([held.id]);
  });

  it("trashes and restores opportunities, tickets and notes", async () => {
    const agent = callerFor(org.users.agent);
    const manager = callerFor(org.users.manager);
    const contact = await agent.crm.contacts.create({ name: "Otto Opportunity" });
    const deal = await agent.crm.opportunities.create({ title: "Otto's fleet", contactId: contact.id, value: 5_000 });
    const ticket = await agent.crm.tickets.create({ subject: "Billing question", body: "Why two charges?", contactId: contact.id });
    const note = await agent.crm.contacts.logCommunication({ contactId: contact.id, type: "note", summary: "Prefers mornings" });

    await manager.crm.opportunities.delete({ id: deal.id });
    await manager.crm.tickets.delete({ id: ticket.id });
    await manager.crm.notes.delete({ id: note.id });
    await expect(agent.crm.opportunities.get({ id: deal.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(agent.crm.tickets.get({ id: ticket.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await agent.crm.opportunities.list({})).items.map((item) => item.id)).not.toContain(deal.id);
    expect((await agent.crm.tickets.list({})).items.map((item) => item.id)).not.toContain(ticket.id);
    const detail = await agent.crm.contacts.get({ id: contact.id });
    expect(detail.opportunities).toEqual([]);
    expect(detail.tickets).toEqual([]);
    expect(detail.timeline.map((activity) => activity.id)).not.toContain(note.id);

    const trashed = (await manager.crm.trash.list({})).items.map((item) => `${item.entityType}:${item.id}`);
    expect(trashed).toEqual(expect.arrayContaining([`opportunity:${deal.id}`, `ticket:${ticket.id}`, `note:${note.id}`]));

    for (const [entityType, id] of [["opportunity", deal.id], ["ticket", ticket.id], ["note", note.id]] as const) {
      await manager.crm.trash.restore({ entityType, id });
    }
    const back = await agent.crm.contacts.get({ id: contact.id });
    expect(back.opportunities.map((item) => item.id)).toEqual([deal.id]);
    expect(back.tickets.map((item) => item.id)).toEqual([ticket.id]);
    expect(back.timeline.map((activity) => activity.id)).toContain(note.id);
  });

  it("lets whoever may delete see only the trash within their reach; agents none, and only admins purge", async () => {
    const south = await addUser(org, "agent");
    const southLead = await callerFor(south).crm.leads.create({ kind: "client", name: "Southern Trash", email: email() });
    await callerFor(org.users.admin).crm.leads.delete({ id: southLead.id });

    const managerTrash = await callerFor(org.users.manager).crm.trash.list({ entityType: "lead" });
    expect(managerTrash.items.map((item) => item.id)).not.toContain(southLead.id);
    await expect(callerFor(org.users.manager).crm.trash.restore({ entityType: "lead", id: southLead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await callerFor(org.users.admin).crm.trash.list({ entityType: "lead" })).items.map((item) => item.id)).toContain(southLead.id);

    await expect(callerFor(org.users.agent).crm.trash.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(org.users.manager).crm.trash.purge({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A live record is not in the trash: neither restorable nor purgeable.
    const live = await callerFor(org.users.agent).crm.leads.create({ kind: "client", name: "Still Alive", email: email() });
    await expect(callerFor(org.users.admin).crm.trash.purge({ items: [{ entityType: "lead", id: live.id }] })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses to restore after 30 days, and purges what has been in the trash longer", async () => {
    const agent = callerFor(org.users.agent);
    const admin = callerFor(org.users.admin);
    const old = await agent.crm.leads.create({ kind: "client", name: "Olga Oldtrash", email: email() });
    const recent = await agent.crm.leads.create({ kind: "client", name: "Rita Recenttrash", email: email() });
    await admin.crm.leads.delete({ id: old.id });
    await admin.crm.leads.delete({ id: recent.id });
    await db.lead.update({ where: { id: old.id }, data: { deletedAt: daysAgo(31) } });

    await expect(admin.crm.trash.restore({ entityType: "lead", id: old.id })).rejects.toMatchObject({ code: "CONFLICT" });
    const { purged } = await admin.crm.trash.purge({});
    expect(purged.lead).toBeGreaterThanOrEqual(1);
    expect(await db.lead.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.lead.findUnique({ where: { id: recent.id }, select: { id: true } })).toEqual({ id: recent.id });

    const audit = await db.auditLog.findFirst({ where: { organizationId: org.organizationId, action: "crm.trash.purge" } });
    expect(audit).toMatchObject({ actorId: org.users.admin.userId, actorType: "user" });
  });

  it("scores only live records in the nightly recompute", async () => {
    const { contact } = await agentWithContact(org, { name: "Sam Scoreless" });
    await callerFor(org.users.manager).crm.contacts.delete({ id: contact.id });
    await db.storedScore.deleteMany({ where: { entityId: contact.id } });
    await recomputeOrganizationScores({ actor: systemActor(org.organizationId, "test") });
    expect(await db.storedScore.count({ where: { entityId: contact.id } })).toBe(0);
  });
});
