import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { signIn } from "../../services/auth/sign-in";
import { callerFor, createTestOrganization, uniqueSuffix } from "../../testing";

describe("admin.users", () => {
  it("lets an admin list the organization's users, and only theirs", async () => {
    const org = await createTestOrganization();
    await createTestOrganization("Other Agency");
    const page = await callerFor(org.users.admin).admin.users.list({ limit: 3 });
    expect(page.total).toBe(5);
    expect(page.items).toHaveLength(3);
    expect(page.nextCursor).toEqual(expect.any(String));
    const rest = await callerFor(org.users.admin).admin.users.list({ limit: 3, cursor: page.nextCursor! });
    expect(rest.items).toHaveLength(2);
    expect(rest.nextCursor).toBeNull();
    const emails = [...page.items, ...rest.items].map((user) => user.email).sort();
    expect(emails).toEqual(Object.values(org.users).map((user) => user.email).sort());
    expect(JSON.stringify(page)).not.toContain("passwordHash");
  });

  it("pages oldest first by keyset, counting the total on the first page only, and refuses a malformed cursor", async () => {
    const org = await createTestOrganization();
    const admin = callerFor(org.users.admin);
    const first = await admin.admin.users.list({ limit: 2 });
    expect(first).toMatchObject({ total: 5, totalCapped: false });
    const second = await admin.admin.users.list({ limit: 2, cursor: first.nextCursor! });
    const third = await admin.admin.users.list({ limit: 2, cursor: second.nextCursor! });
    expect(second).toMatchObject({ total: null, totalCapped: false });
    expect(third.nextCursor).toBeNull();
    const created = [...first.items, ...second.items, ...third.items].map((user) => user.createdAt.getTime());
    expect(created).toEqual([...created].sort((a, b) => a - b));
    expect(new Set([...first.items, ...second.items, ...third.items].map((user) => user.id)).size).toBe(5);
    await expect(admin.admin.users.list({ cursor: "not-a-cursor" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("creates a user with a temporary password shown once, and audits it", async () => {
    const org = await createTestOrganization();
    const email = `new-${uniqueSuffix()}@test.harbor.local`;
    const created = await callerFor(org.users.admin).admin.users.create({ email, name: "New Producer", role: "agent" });
    expect(created).toMatchObject({ email, role: "agent", status: "active" });
    expect(created.temporaryPassword).toEqual(expect.any(String));
    expect(await signIn({ email, password: created.temporaryPassword!, ip: null })).toMatchObject({ status: "signed_in", user: { email } });

    const audit = await db.auditLog.findFirst({ where: { organizationId: org.organizationId, action: "admin.users.create" } });
    expect(audit).toMatchObject({ actorId: org.users.admin.userId, entityType: "user", entityId: created.id, actorType: "user" });
  });

  it("answers CONFLICT for an email in use", async () => {
    const org = await createTestOrganization();
    const attempt = callerFor(org.users.admin).admin.users.create({ email: org.users.agent.email, name: "Dup", role: "agent" });
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it.each(["manager", "agent", "viewer", "compliance"] as const)("is FORBIDDEN to a %s", async (role) => {
    const org = await createTestOrganization();
    const caller = callerFor(org.users[role]);
    await expect(caller.admin.users.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.admin.users.create({ email: `x-${uniqueSuffix()}@t.test`, name: "X", role: "agent" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("updates role and team, and deactivation stops sign-in", async () => {
    const org = await createTestOrganization();
    const admin = callerFor(org.users.admin);
    const updated = await admin.admin.users.update({ id: org.users.agent.userId, role: "manager", title: "Team lead" });
    expect(updated).toMatchObject({ role: "manager", title: "Team lead" });
    const deactivated = await admin.admin.users.deactivate({ id: org.users.viewer.userId });
    expect(deactivated.status).toBe("deactivated");
  });

  it("keeps at least one active admin", async () => {
    const org = await createTestOrganization();
    const admin = callerFor(org.users.admin);
    await expect(admin.admin.users.deactivate({ id: org.users.admin.userId })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(admin.admin.users.update({ id: org.users.admin.userId, role: "agent" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("keeps one active admin when two admins demote each other at the same moment", async () => {
    const org = await createTestOrganization();
    const second = await callerFor(org.users.admin).admin.users.create({ email: `second-${uniqueSuffix()}@example.com`, name: "Second Admin", role: "admin" });
    for (let round = 0; round < 5; round += 1) {
      const results = await Promise.allSettled([
        callerFor(org.users.admin).admin.users.update({ id: second.id, role: "manager" }),
        callerFor({ ...org.users.admin, userId: second.id }).admin.users.update({ id: org.users.admin.userId, role: "manager" }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
      expect(await db.user.count({ where: { organizationId: org.organizationId, role: "admin", status: "active" } })).toBe(1);
      // Both admins again for the next round.
      await db.user.updateMany({ where: { id: { in: [org.users.admin.userId, second.id] } }, data: { role: "admin" } });
    }
  });

  it("does not reach users of another organization", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization("Other Agency");
    await expect(callerFor(org.users.admin).admin.users.update({ id: other.users.agent.userId, name: "Hijack" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
