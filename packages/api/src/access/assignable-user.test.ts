import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { createTestOrganization } from "../testing";
import { systemActor } from "./actor";
import { assertAssignableUser } from "./assignable-user";

describe("assertAssignableUser", () => {
  it("follows each role's reach: agents themselves, managers their team, admins and the system anyone active", async () => {
    const org = await createTestOrganization();
    const { admin, manager, agent } = org.users;
    const otherTeam = await db.team.create({ data: { organizationId: org.organizationId, name: "South" } });
    const southAgent = await db.user.create({
      data: { organizationId: org.organizationId, teamId: otherTeam.id, email: `south-${otherTeam.id}@test.harbor.local`, name: "South Agent", role: "agent", passwordHash: "x" },
    });

    await expect(assertAssignableUser(agent, agent.userId, "ownerId")).resolves.toBeUndefined();
    await expect(assertAssignableUser(agent, manager.userId, "ownerId")).rejects.toMatchObject({ code: "FORBIDDEN", details: { fieldErrors: { ownerId: ["Agents can only assign records to themselves"] } } });
    await expect(assertAssignableUser(manager, agent.userId, "assigneeId")).resolves.toBeUndefined();
    await expect(assertAssignableUser(manager, southAgent.id, "assigneeId")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(assertAssignableUser(admin, southAgent.id, "ownerId")).resolves.toBeUndefined();
    await expect(assertAssignableUser(systemActor(org.organizationId, "test"), southAgent.id, "ownerId")).resolves.toBeUndefined();
  });

  it("refuses a user of another organization or a deactivated one as a field error", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization("Other");
    await db.user.update({ where: { id: org.users.viewer.userId }, data: { status: "deactivated" } });
    for (const userId of [other.users.agent.userId, org.users.viewer.userId]) {
      await expect(assertAssignableUser(org.users.admin, userId, "ownerId")).rejects.toMatchObject({
        code: "VALIDATION_ERROR",
        details: { fieldErrors: { ownerId: ["No active user with this id in the organization"] } },
      });
    }
  });
});
