import { db } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, useTestOrganization } from "../../testing";
import { daysAgo, useAddedUser } from "../../testing/pipeline-fixtures";

describe("crm.agents.performance", () => {
  const org = useTestOrganization();
  const south = useAddedUser(org, "agent");
  const period = { from: daysAgo(30), to: daysAgo(-1) };

  // In the last 30 days the agent got 4 leads (1 converted), won 2 deals (1000 + 500.5; a third won
  // 60 days ago falls outside), wrote 1200 of premium, logged 2 calls, 1 email and a status change.
  beforeAll(async () => {
    const organizationId = org.organizationId;
    const agentId = org.users.agent.userId;
    await db.lead.createMany({
      data: [
        { organizationId, ownerId: agentId, name: "L1", createdAt: daysAgo(2) },
        { organizationId, ownerId: agentId, name: "L2", createdAt: daysAgo(5) },
        { organizationId, ownerId: agentId, name: "L3", createdAt: daysAgo(10), status: "won", convertedAt: daysAgo(1) },
        { organizationId, ownerId: agentId, name: "L4", createdAt: daysAgo(29) },
        { organizationId, ownerId: agentId, name: "Old", createdAt: daysAgo(90), convertedAt: daysAgo(3) },
        { organizationId, ownerId: south.userId, name: "South lead", createdAt: daysAgo(2) },
      ],
    });
    await db.opportunity.createMany({
      data: [
        { organizationId, ownerId: agentId, title: "Won 1", value: 1000, stage: "closed_won", closedAt: daysAgo(3) },
        { organizationId, ownerId: agentId, title: "Won 2", value: 500.5, stage: "closed_won", closedAt: daysAgo(20) },
        { organizationId, ownerId: agentId, title: "Won long ago", value: 9000, stage: "closed_won", closedAt: daysAgo(60) },
        { organizationId, ownerId: agentId, title: "Lost", value: 700, stage: "closed_lost", closedAt: daysAgo(4) },
      ],
    });
    const contact = await db.contact.create({ data: { organizationId, ownerId: agentId, name: "Holder" } });
    const dates = { startDate: new Date("2026-01-01"), endDate: new Date("2027-01-01"), type: "auto" as const, carrier: "Acme" };
    await db.policy.createMany({
      data: [
        { organizationId, contactId: contact.id, ownerId: agentId, policyNumber: `AP-${organizationId}-1`, premium: 1200, createdAt: daysAgo(6), ...dates },
        { organizationId, contactId: contact.id, ownerId: agentId, policyNumber: `AP-${organizationId}-2`, premium: 800, createdAt: daysAgo(45), ...dates },
      ],
    });
    await db.activity.createMany({
      data: [
        { organizationId, actorId: agentId, contactId: contact.id, type: "call", title: "Call", occurredAt: daysAgo(1) },
        { organizationId, actorId: agentId, contactId: contact.id, type: "call", title: "Call", occurredAt: daysAgo(8) },
        { organizationId, actorId: agentId, contactId: contact.id, type: "email", title: "Email", occurredAt: daysAgo(9) },
        { organizationId, actorId: agentId, contactId: contact.id, type: "status_change", title: "Status", occurredAt: daysAgo(9) },
        { organizationId, actorId: agentId, contactId: contact.id, type: "meeting", title: "Old meeting", occurredAt: daysAgo(40) },
      ],
    });
  });

  it("gives each agent's leads, conversion, deals won, premium written and activities for the period", async () => {
    const result = await callerFor(org.users.manager).crm.agents.performance(period);
    const agent = result.items.find((item) => item.id === org.users.agent.userId);
    expect(agent).toMatchObject({
      leadsCreated: 4,
      leadsConverted: 1,
      conversionRate: 0.25,
      dealsWon: 2,
      wonValue: 1500.5,
      premiumWritten: 1200,
      activities: { call: 2, email: 1, meeting: 0, note: 0, sms: 0, other: 1, total: 4 },
    });
    const manager = result.items.find((item) => item.id === org.users.manager.userId);
    expect(manager).toMatchObject({ leadsCreated: 0, conversionRate: null, activities: { total: 0 } });
  });

  it("keeps to the roster's reach: a manager sees their team, an admin everyone; agents and viewers are refused", async () => {
    const managerView = await callerFor(org.users.manager).crm.agents.performance(period);
    expect(managerView.items.map((item) => item.id)).not.toContain(south.userId);
    const adminView = await callerFor(org.users.admin).crm.agents.performance(period);
    expect(adminView.items.find((item) => item.id === south.userId)).toMatchObject({ leadsCreated: 1 });
    expect((await callerFor(org.users.admin).crm.agents.performance({ ...period, teamId: south.teamId! })).items.map((item) => item.id)).toEqual([south.userId]);
    await expect(callerFor(org.users.agent).crm.agents.performance(period)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(org.users.viewer).crm.agents.performance(period)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a period that ends before it starts", async () => {
    await expect(callerFor(org.users.admin).crm.agents.performance({ from: period.to, to: period.from })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
