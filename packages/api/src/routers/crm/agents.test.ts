import { db, type Database } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestOrganization, useTestOrganization } from "../../testing";
import { addUser, daysAgo, useAddedUser } from "../../testing/pipeline-fixtures";

const globalForDb = globalThis as unknown as { harborDb?: Database };

/** Runs `work` with every database operation of the shared client recorded, then restores the client. */
async function recordingOperations<T>(work: () => Promise<T>): Promise<{ result: T; operations: string[] }> {
  await db.$queryRaw`SELECT 1`;
  const original = globalForDb.harborDb!;
  const operations: string[] = [];
  globalForDb.harborDb = original.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        operations.push(model ? `${model}.${operation}` : operation);
        return (await query(args)) as unknown;
      },
    },
  }) as unknown as Database;
  try {
    return { result: await work(), operations };
  } finally {
    globalForDb.harborDb = original;
  }
}

const daysAhead = (days: number) => daysAgo(-days);

describe("crm.agents.list", () => {
  const org = useTestOrganization();
  const south = useAddedUser(org, "agent");

  // A known book: the agent owns 3 leads (1 converted), 4 opportunities (1500.50 won, 1 open) and
  // 5 tasks (2 overdue); the manager 2 leads and a lost deal; an agent on the South team 1 lead.
  beforeAll(async () => {
    const retired = await addUser(org, "agent", { sameTeam: true });
    await db.user.update({ where: { id: retired.userId }, data: { status: "deactivated" } });
    const organizationId = org.organizationId;
    const agentId = org.users.agent.userId;
    const managerId = org.users.manager.userId;
    await db.lead.createMany({
      data: [
        { organizationId, ownerId: agentId, name: "Lead A1" },
        { organizationId, ownerId: agentId, name: "Lead A2" },
        { organizationId, ownerId: agentId, name: "Lead A3", status: "won", convertedAt: daysAgo(3) },
        { organizationId, ownerId: managerId, name: "Lead M1" },
        { organizationId, ownerId: managerId, name: "Lead M2" },
        { organizationId, ownerId: south.userId, name: "Lead S1" },
        { organizationId, ownerId: retired.userId, name: "Lead R1" },
        { organizationId, ownerId: null, name: "Unowned" },
      ],
    });
    await db.opportunity.createMany({
      data: [
        { organizationId, ownerId: agentId, title: "Won 1", value: 1000, stage: "closed_won" },
        { organizationId, ownerId: agentId, title: "Won 2", value: 500.5, stage: "closed_won" },
        { organizationId, ownerId: agentId, title: "Open", value: 200, stage: "negotiation" },
        { organizationId, ownerId: agentId, title: "Lost", value: 300, stage: "closed_lost" },
        { organizationId, ownerId: managerId, title: "Manager lost", value: 900, stage: "closed_lost" },
      ],
    });
    await db.task.createMany({
      data: [
        { organizationId, assigneeId: agentId, title: "Overdue open", dueAt: daysAgo(1), status: "open" },
        { organizationId, assigneeId: agentId, title: "Overdue in progress", dueAt: daysAgo(2), status: "in_progress" },
        { organizationId, assigneeId: agentId, title: "Late but done", dueAt: daysAgo(1), status: "completed" },
        { organizationId, assigneeId: agentId, title: "Due tomorrow", dueAt: daysAhead(1), status: "open" },
        { organizationId, assigneeId: agentId, title: "No due date", status: "open" },
      ],
    });
  });

  it("reports each active agent's and manager's figures from one query, whatever the roster size", async () => {
    const { result, operations } = await recordingOperations(() => callerFor(org.users.admin).crm.agents.list({}));
    expect(operations).toEqual(["$queryRaw"]);
    const byId = new Map(result.items.map((item) => [item.id, item]));
    expect([...byId.keys()].sort()).toEqual([org.users.agent.userId, org.users.manager.userId, south.userId].sort());
    expect(byId.get(org.users.agent.userId)).toMatchObject({
      role: "agent",
      team: { id: org.teamId, name: "North" },
      stats: { leadsOwned: 3, leadsConverted: 1, wonValue: 1500.5, openOpportunities: 1, overdueTasks: 2 },
    });
    expect(byId.get(org.users.manager.userId)?.stats).toEqual({ leadsOwned: 2, leadsConverted: 0, wonValue: 0, openOpportunities: 0, overdueTasks: 0 });
    expect(byId.get(south.userId)?.stats).toEqual({ leadsOwned: 1, leadsConverted: 0, wonValue: 0, openOpportunities: 0, overdueTasks: 0 });
    expect(result.items.map((item) => item.name)).toEqual([...result.items.map((item) => item.name)].sort());
    expect(result.nextCursor).toBeNull();
  });

  it("filters by team", async () => {
    const north = await callerFor(org.users.compliance).crm.agents.list({ teamId: org.teamId });
    expect(north.items.map((item) => item.id).sort()).toEqual([org.users.agent.userId, org.users.manager.userId].sort());
    const southOnly = await callerFor(org.users.viewer).crm.agents.list({ teamId: south.teamId! });
    expect(southOnly.items.map((item) => item.id)).toEqual([south.userId]);
  });

  it("shows agents and managers their own team only", async () => {
    for (const actor of [org.users.agent, org.users.manager]) {
      const roster = await callerFor(actor).crm.agents.list({});
      expect(roster.items.map((item) => item.id).sort()).toEqual([org.users.agent.userId, org.users.manager.userId].sort());
      expect((await callerFor(actor).crm.agents.list({ teamId: south.teamId! })).items).toEqual([]);
    }
    expect((await callerFor(south).crm.agents.list({})).items.map((item) => item.id)).toEqual([south.userId]);
  });

  it("shows an agent without a team only themselves", async () => {
    await db.user.update({ where: { id: south.userId }, data: { teamId: null } });
    try {
      const roster = await callerFor({ ...south, teamId: null }).crm.agents.list({});
      expect(roster.items).toEqual([expect.objectContaining({ id: south.userId, team: null })]);
    } finally {
      await db.user.update({ where: { id: south.userId }, data: { teamId: south.teamId } });
    }
  });

  it("never counts another organization's records", async () => {
    const other = await createTestOrganization("Other Agency");
    await db.lead.create({ data: { organizationId: other.organizationId, ownerId: other.users.agent.userId, name: "Elsewhere" } });
    const roster = await callerFor(other.users.admin).crm.agents.list({});
    expect(roster.items.find((item) => item.id === other.users.agent.userId)?.stats.leadsOwned).toBe(1);
    expect(roster.items.some((item) => item.id === org.users.agent.userId)).toBe(false);
  });
});
