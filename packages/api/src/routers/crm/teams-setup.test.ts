import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import type { UserActor } from "../../access/actor";
import { callerFor, callerForHeaders, createTestOrganization, type TestOrganization } from "../../testing";
import { addUser } from "../../testing/pipeline-fixtures";

// Setting up a team as the teams page does, and what its manager sees from then on. The manager
// calls with an API key, so every request resolves its actor through the actor cache
// (services/auth/actor-cache.ts): a membership change must reach the very next request.

async function teamless(org: TestOrganization, role: "agent" | "manager"): Promise<UserActor> {
  const user = await addUser(org, role);
  await db.user.update({ where: { id: user.userId }, data: { teamId: null } });
  return { ...user, teamId: null };
}

async function viaKey(user: UserActor) {
  const { key } = await callerFor(user).settings.apiKeys.create({ name: "Teams page check" });
  return async () => callerForHeaders({ authorization: `Bearer ${key}` });
}

describe("team setup", () => {
  it("offers as candidates the active users outside the team, and a manager only those in no team", async () => {
    const org = await createTestOrganization();
    const loose = await teamless(org, "agent");
    const south = await addUser(org, "agent");
    const gone = await teamless(org, "agent");
    await db.user.update({ where: { id: gone.userId }, data: { status: "deactivated" } });

    const forManager = await callerFor(org.users.manager).crm.teams.candidates({ teamId: org.teamId });
    expect(forManager.items.map((user) => user.id)).toEqual([loose.userId]);
    const forAdmin = await callerFor(org.users.admin).crm.teams.candidates({ teamId: org.teamId });
    expect(forAdmin.items.map((user) => user.id).sort()).toEqual([loose.userId, south.userId].sort());
    expect(forAdmin.items.find((user) => user.id === south.userId)?.team?.id).toBe(south.teamId);
    await expect(callerFor(org.users.manager).crm.teams.candidates({ teamId: south.teamId! })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(org.users.agent).crm.teams.candidates({ teamId: org.teamId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows a manager the agent's new lead on the very next request after an admin builds their team", async () => {
    const org = await createTestOrganization();
    const manager = await teamless(org, "manager");
    const agent = await teamless(org, "agent");
    const asManager = await viaKey(manager);
    const lead = await callerFor(agent).crm.leads.create({ name: "Harriet Newlead", kind: "client", email: "harriet@example.test" });
    expect((await (await asManager()).crm.leads.list({})).items.map((item) => item.id)).not.toContain(lead.id);

    const admin = callerFor(org.users.admin);
    const team = await admin.crm.teams.create({ name: "Coastal" });
    await admin.crm.teams.addMember({ teamId: team.id, userId: manager.userId });
    await admin.crm.teams.addMember({ teamId: team.id, userId: agent.userId });
    expect((await (await asManager()).crm.leads.list({})).items.map((item) => item.id)).toContain(lead.id);

    // Taken out of the team, the agent's records leave the manager's view at once too.
    await admin.crm.teams.removeMember({ teamId: team.id, userId: agent.userId });
    expect((await (await asManager()).crm.leads.list({})).items.map((item) => item.id)).not.toContain(lead.id);
  });

  it("applies a team chosen in the user dialog (admin.users.update) to the manager's next request", async () => {
    const org = await createTestOrganization();
    const manager = await teamless(org, "manager");
    const asManager = await viaKey(manager);
    const agentLead = await callerFor(org.users.agent).crm.leads.create({ name: "Team Northlead", kind: "client", email: "north@example.test" });
    expect((await (await asManager()).crm.leads.list({})).items.map((item) => item.id)).not.toContain(agentLead.id);
    await callerFor(org.users.admin).admin.users.update({ id: manager.userId, teamId: org.teamId });
    expect((await (await asManager()).crm.leads.list({})).items.map((item) => item.id)).toContain(agentLead.id);
  });
});
