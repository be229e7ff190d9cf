import { db } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestOrganization, uniqueSuffix, useTestOrganization } from "../../testing";
import { fieldErrorsOf, policyInput, useAddedUser } from "../../testing/pipeline-fixtures";

describe("crm.policies", () => {
  const org = useTestOrganization();
  const southAgent = useAddedUser(org, "agent");
  let contactId: string;

  beforeAll(async () => {
    contactId = (await callerFor(org.users.agent).crm.contacts.create({ name: "Policy Holder" })).id;
  });

  it("adds a policy under a contact, premium as a number, renewal date defaulting to the end date, owned like the contact", async () => {
    const created = await callerFor(org.users.agent).crm.policies.create(policyInput(contactId, { premium: 1_234.56, gracePeriodDays: 15 }));
    expect(created).toMatchObject({ contactId, premium: 1234.56, status: "active", gracePeriodDays: 15, renewalDate: new Date("2026-06-01") });
    expect(await db.policy.findUnique({ where: { id: created.id }, select: { ownerId: true } })).toEqual({ ownerId: org.users.agent.userId });
    const audit = await db.auditLog.findFirst({ where: { organizationId: org.organizationId, action: "crm.policies.create", entityId: created.id } });
    expect(audit?.entityType).toBe("policy");
  });

  it("answers CONFLICT with a policyNumber field error for a number the organization already uses, on create and on update", async () => {
    const agent = callerFor(org.users.agent);
    const first = await agent.crm.policies.create(policyInput(contactId, { policyNumber: "DUP-100" }));
    const duplicate = agent.crm.policies.create(policyInput(contactId, { policyNumber: "DUP-100" }));
    await expect(duplicate).rejects.toMatchObject({ code: "CONFLICT" });
    expect(fieldErrorsOf(await duplicate.catch((error: unknown) => error))).toHaveProperty("policyNumber");

    // Unique across the organization, including contacts the caller cannot see.
    const southContact = await callerFor(southAgent).crm.contacts.create({ name: "South Holder" });
    await expect(callerFor(southAgent).crm.policies.create(policyInput(southContact.id, { policyNumber: "DUP-100" }))).rejects.toMatchObject({ code: "CONFLICT" });

    const second = await agent.crm.policies.create(policyInput(contactId, { policyNumber: "DUP-200" }));
    const renumbered = agent.crm.policies.update({ id: second.id, policyNumber: "DUP-100" });
    await expect(renumbered).rejects.toMatchObject({ code: "CONFLICT" });
    expect(fieldErrorsOf(await renumbered.catch((error: unknown) => error))).toHaveProperty("policyNumber");
    expect(await agent.crm.policies.update({ id: first.id, policyNumber: "DUP-100", carrier: "Same Number Co" })).toMatchObject({ carrier: "Same Number Co" });

    // Another organization may use the same number.
    const other = await createTestOrganization("Other Agency");
    const otherContact = await callerFor(other.users.agent).crm.contacts.create({ name: "Elsewhere" });
    expect(await callerFor(other.users.agent).crm.policies.create(policyInput(otherContact.id, { policyNumber: "DUP-100" }))).toMatchObject({ policyNumber: "DUP-100" });
  });

  it("ends a race between two identical numbers as one policy and one CONFLICT on policyNumber", async () => {
    const agent = callerFor(org.users.agent);
    const input = policyInput(contactId, { policyNumber: `RACE-${uniqueSuffix()}` });
    const results = await Promise.allSettled([agent.crm.policies.create(input), agent.crm.policies.create(input)]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const failure = results.find((result) => result.status === "rejected")!.reason as unknown;
    expect(failure).toMatchObject({ code: "CONFLICT" });
    expect(fieldErrorsOf(failure)).toHaveProperty("policyNumber");
  });

  it("requires the end date after the start date, also when an update moves only one of them", async () => {
    const agent = callerFor(org.users.agent);
    const backwards = agent.crm.policies.create(policyInput(contactId, { startDate: new Date("2025-06-01"), endDate: new Date("2025-06-01") }));
    await expect(backwards).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf(await backwards.catch((error: unknown) => error))).toHaveProperty("endDate");
    const created = await agent.crm.policies.create(policyInput(contactId));
    await expect(agent.crm.policies.update({ id: created.id, startDate: new Date("2026-07-01") })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await agent.crm.policies.update({ id: created.id, endDate: new Date("2027-06-01"), status: "pending" })).toMatchObject({
      endDate: new Date("2027-06-01"),
      status: "pending",
    });
  });

  it("follows the contact's owner: another agent gets NOT_FOUND, the team's manager reaches it, a viewer only reads", async () => {
    const created = await callerFor(org.users.agent).crm.policies.create(policyInput(contactId));
    const south = callerFor(southAgent);
    await expect(south.crm.policies.update({ id: created.id, premium: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(south.crm.policies.create(policyInput(contactId))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await south.crm.policies.list({ contactId })).total).toBe(0);

    expect(await callerFor(org.users.manager).crm.policies.update({ id: created.id, premium: 1_500 })).toMatchObject({ premium: 1500 });
    const viewer = callerFor(org.users.viewer);
    expect((await viewer.crm.policies.list({ contactId })).items.map((item) => item.id)).toContain(created.id);
    await expect(viewer.crm.policies.create(policyInput(contactId))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(viewer.crm.policies.update({ id: created.id, premium: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("deletes a policy for managers and admins only", async () => {
    const created = await callerFor(org.users.agent).crm.policies.create(policyInput(contactId));
    await expect(callerFor(org.users.agent).crm.policies.delete({ id: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await callerFor(org.users.manager).crm.policies.delete({ id: created.id })).toEqual({ id: created.id });
    await expect(callerFor(org.users.manager).crm.policies.delete({ id: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists by renewal date, soonest first, filtered by status and renewal window, with cursors", async () => {
    const fresh = await createTestOrganization();
    const agent = callerFor(fresh.users.agent);
    const holder = await agent.crm.contacts.create({ name: "Renewing Rita" });
    const renewing = async (renewalDate: Date | null, status: "active" | "lapsed" = "active") =>
      (await agent.crm.policies.create(policyInput(holder.id, { renewalDate, status }))).id;
    const march = await renewing(new Date("2026-03-01"));
    const january = await renewing(new Date("2026-01-15"));
    const undated = await renewing(null);
    const lapsed = await renewing(new Date("2026-02-01"), "lapsed");

    const first = await agent.crm.policies.list({ limit: 2 });
    const rest = await agent.crm.policies.list({ limit: 2, cursor: first.nextCursor! });
    expect([...first.items, ...rest.items].map((item) => item.id)).toEqual([january, lapsed, march, undated]);
    expect(first.items[0]).toMatchObject({ contact: { id: holder.id, name: "Renewing Rita" } });
    expect(rest.nextCursor).toBeNull();
    expect((await agent.crm.policies.list({ status: "active", renewalBefore: new Date("2026-02-28") })).items.map((item) => item.id)).toEqual([january]);
    expect((await agent.crm.policies.list({ search: "acme" })).total).toBe(4);
  });
});
