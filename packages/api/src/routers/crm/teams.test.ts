import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { callerFor, createTestOrganization, uniqueSuffix } from "../../testing";
import { addUser, fieldErrorsOf } from "../../testing/pipeline-fixtures";

describe("crm.teams", () => {
  it("lists the organization's teams by name with their active member counts, and only theirs", async () => {
    const org = await createTestOrganization();
    await createTestOrganization("Other Agency");
    const south = await addUser(org, "agent");
    const retired = await addUser(org, "agent", { sameTeam: true });
    await db.user.update({ where: { id: retired.userId }, data: { status: "deactivated" } });

    const page = await callerFor(org.users.viewer).crm.teams.list({ limit: 1 });
    expect(page.total).toBe(2);
    expect(page.items).toEqual([expect.objectContaining({ id: org.teamId, name: "North", memberCount: 5 })]);
    const rest = await callerFor(org.users.viewer).crm.teams.list({ limit: 1, cursor: page.nextCursor! });
    expect(rest.items).toEqual([expect.objectContaining({ id: south.teamId, memberCount: 1 })]);
    expect(rest.nextCursor).toBeNull();
  });

  it("gets a team with its members, and answers NOT_FOUND for another organization's team", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization("Other Agency");
    const team = await callerFor(org.users.agent).crm.teams.get({ id: org.teamId });
    expect(team.members.map((member) => member.id).sort()).toEqual(Object.values(org.users).map((user) => user.userId).sort());
    expect(JSON.stringify(team)).not.toContain("passwordHash");
    await expect(callerFor(org.users.admin).crm.teams.get({ id: other.teamId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets an admin create and rename teams, refusing a duplicate name with CONFLICT", async () => {
    const org = await createTestOrganization();
    const admin = callerFor(org.users.admin);
    const created = await admin.crm.teams.create({ name: "Commercial Lines", description: "Business insurance" });
    expect(created).toMatchObject({ name: "Commercial Lines", description: "Business insurance", memberCount: 0 });
    const duplicate = await admin.crm.teams.create({ name: "north" }).catch((error: unknown) => error);
    expect(duplicate).toMatchObject({ code: "CONFLICT" });
    expect(fieldErrorsOf(duplicate)).toHaveProperty("name");
    expect(await admin.crm.teams.update({ id: created.id, name: "Commercial" })).toMatchObject({ id: created.id, name: "Commercial" });
    await expect(admin.crm.teams.update({ id: created.id, name: "North" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it.each(["agent", "viewer", "compliance"] as const)("is read-only to a %s", async (role) => {
    const org = await createTestOrganization();
    const caller = callerFor(org.users[role]);
    await expect(caller.crm.teams.create({ name: "Nope" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.crm.teams.update({ id: org.teamId, name: "Nope" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.crm.teams.addMember({ teamId: org.teamId, userId: org.users.admin.userId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets a manager change their own team but not another team", async () => {
    const org = await createTestOrganization();
    const south = await addUser(org, "agent");
    const manager = callerFor(org.users.manager);
    expect(await manager.crm.teams.update({ id: org.teamId, description: "Personal lines" })).toMatchObject({ description: "Personal lines" });
    await expect(manager.crm.teams.update({ id: south.teamId!, name: "Taken over" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(manager.crm.teams.delete({ id: south.teamId! })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(manager.crm.teams.removeMember({ teamId: south.teamId!, userId: south.userId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("adds and removes members; a manager may add only someone without a team, an admin may move anyone", async () => {
    const org = await createTestOrganization();
    const south = await addUser(org, "agent");
    const loose = await db.user.create({
      data: { organizationId: org.organizationId, email: `loose-${uniqueSuffix()}@test.harbor.local`, name: "Loose Agent", role: "agent", passwordHash: "unused" },
    });
    const manager = callerFor(org.users.manager);

    const withLoose = await manager.crm.teams.addMember({ teamId: org.teamId, userId: loose.id });
    expect(withLoose.members.map((member) => member.id)).toContain(loose.id);
    expect(withLoose.memberCount).toBe(6);

    const taking = await manager.crm.teams.addMember({ teamId: org.teamId, userId: south.userId }).catch((error: unknown) => error);
    expect(taking).toMatchObject({ code: "FORBIDDEN" });
    expect(fieldErrorsOf(taking)).toHaveProperty("userId");

    // Nor an admin or another manager without a team: a manager adds agents only.
    for (const role of ["admin", "manager"] as const) {
      const teamless = await db.user.create({
        data: { organizationId: org.organizationId, email: `teamless-${role}-${uniqueSuffix()}@test.harbor.local`, name: `Teamless ${role}`, role, passwordHash: "unused" },
      });
      await expect(manager.crm.teams.addMember({ teamId: org.teamId, userId: teamless.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect((await db.user.findUniqueOrThrow({ where: { id: teamless.id } })).teamId).toBeNull();
    }

    const moved = await callerFor(org.users.admin).crm.teams.addMember({ teamId: org.teamId, userId: south.userId });
    expect(moved.members.map((member) => member.id)).toContain(south.userId);

    const removed = await manager.crm.teams.removeMember({ teamId: org.teamId, userId: loose.id });
    expect(removed.members.map((member) => member.id)).not.toContain(loose.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: loose.id } })).teamId).toBeNull();
    await expect(manager.crm.teams.removeMember({ teamId: org.teamId, userId: loose.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const other = await createTestOrganization("Other Agency");
    await expect(callerFor(org.users.admin).crm.teams.addMember({ teamId: org.teamId, userId: other.users.agent.userId })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("refuses to delete a team with active members until they have moved, then unassigns the deactivated ones", async () => {
    const org = await createTestOrganization();
    const admin = callerFor(org.users.admin);
    const team = await admin.crm.teams.create({ name: "Short-lived" });
    const member = await addUser(org, "agent");
    const retired = await addUser(org, "agent");
    await db.user.update({ where: { id: member.userId }, data: { teamId: team.id } });
    await db.user.update({ where: { id: retired.userId }, data: { teamId: team.id, status: "deactivated" } });

    const refused = await admin.crm.teams.delete({ id: team.id }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("1 active member") as unknown });

    await admin.crm.teams.addMember({ teamId: org.teamId, userId: member.userId });
    expect(await admin.crm.teams.delete({ id: team.id })).toEqual({ id: team.id });
    expect(await db.team.findUnique({ where: { id: team.id } })).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: retired.userId } })).teamId).toBeNull();
    await expect(admin.crm.teams.get({ id: team.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
