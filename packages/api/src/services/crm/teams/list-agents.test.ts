import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import type { UserActor } from "../../../access/actor";
import { addUser } from "../../../testing/pipeline-fixtures";
import { callerFor, createTestOrganization, type TestOrganization } from "../../../testing";
import { listAgentsWithStats } from "./list-agents";

// agent_stats is kept by statement-level triggers (migration 20261121162703_agent_stats). These
// tests drive leads and opportunities through the real procedures (and the few bulk or cascading
// writes no procedure makes), then compare every agent_stats row with the figures computed afresh
// from the live (not trashed) leads and opportunities, and crm.agents.list with both.

interface Figures {
  leadsOwned: number;
  leadsConverted: number;
  openOpportunities: number;
  wonValue: number;
}

const zero: Figures = { leadsOwned: 0, leadsConverted: 0, openOpportunities: 0, wonValue: 0 };

/** The figures counted from the records themselves, for every user of the organization who owns something. */
async function freshFigures(organizationId: string): Promise<Map<string, Figures>> {
  const rows = await db.$queryRaw<Array<{ userId: string } & Figures>>`
    SELECT o.owner_id AS "userId",
           coalesce(sum(o.leads_owned), 0)::int AS "leadsOwned",
           coalesce(sum(o.leads_converted), 0)::int AS "leadsConverted",
           coalesce(sum(o.open_opportunities), 0)::int AS "openOpportunities",
           coalesce(sum(o.won_value), 0)::float8 AS "wonValue"
    FROM (
      SELECT l.owner_id, 1 AS leads_owned, (l.converted_at IS NOT NULL)::int AS leads_converted, 0 AS open_opportunities, 0::numeric AS won_value
      FROM leads l JOIN users u ON u.id = l.owner_id
      WHERE u.organization_id = ${organizationId}::uuid AND l.deleted_at IS NULL
      UNION ALL
      SELECT p.owner_id, 0, 0, (p.stage NOT IN ('closed_won', 'closed_lost'))::int, CASE WHEN p.stage = 'closed_won' THEN coalesce(p.value, 0) ELSE 0 END
      FROM opportunities p JOIN users u ON u.id = p.owner_id
      WHERE u.organization_id = ${organizationId}::uuid AND p.deleted_at IS NULL
    ) o
    GROUP BY o.owner_id`;
  return new Map(rows.map(({ userId, ...figures }) => [userId, figures]));
}

/** agent_stats as stored, for the organization's users. */
async function storedFigures(organizationId: string): Promise<Map<string, Figures>> {
  const rows = await db.agentStats.findMany({ where: { organizationId } });
  return new Map(
    rows.map((row) => [
      row.userId,
      { leadsOwned: row.leadsOwned, leadsConverted: row.leadsConverted, openOpportunities: row.openOpportunities, wonValue: Number(row.wonValue) },
    ]),
  );
}

/** Stored and fresh figures agree for every user (a missing row counts as zeros). */
async function expectStatsExact(organizationId: string): Promise<Map<string, Figures>> {
  const [fresh, stored] = await Promise.all([freshFigures(organizationId), storedFigures(organizationId)]);
  for (const userId of new Set([...fresh.keys(), ...stored.keys()])) {
    expect({ userId, ...(stored.get(userId) ?? zero) }).toEqual({ userId, ...(fresh.get(userId) ?? zero) });
  }
  return fresh;
}

const figuresOf = (fresh: Map<string, Figures>, userId: string) => fresh.get(userId) ?? zero;

describe("agent_stats", () => {
  it("stays equal to the records' own figures through the CRM's writes, and crm.agents.list reports it", async () => {
    const org = await createTestOrganization();
    const colleague = await addUser(org, "agent", { sameTeam: true });
    const admin = callerFor(org.users.admin);
    const agent = callerFor(org.users.agent);
    const agentId = org.users.agent.userId;
    const managerId = org.users.manager.userId;

    // Leads created for three owners and one unowned, then assigned and reassigned.
    const lead = (name: string, ownerId?: string, value?: number) =>
      admin.crm.leads.create({ kind: "client", name, email: `${name.toLowerCase().replaceAll(" ", ".")}@example.com`, ...(ownerId ? { ownerId } : {}), ...(value ? { value } : {}) });
    const a1 = await lead("Agent One", agentId, 1_200);
    await lead("Agent Two", agentId);
    const a3 = await agent.crm.leads.create({ kind: "client", name: "Agent Three", email: "agent.three@example.com" });
    const c1 = await lead("Colleague One", colleague.userId);
    const c2 = await lead("Colleague Two", colleague.userId);
    await lead("Manager One", managerId);
    const unowned = await admin.crm.leads.create({ kind: "client", name: "Nobody", email: "nobody@example.com", ownerId: null });
    await expectStatsExact(org.organizationId);

    await admin.crm.leads.assign({ id: unowned.id, ownerId: agentId });
    await admin.crm.leads.assign({ id: a3.id, ownerId: colleague.userId });
    await admin.crm.leads.assign({ id: a3.id, ownerId: managerId });
    await admin.crm.leads.update({ id: c2.id, notes: "No figure changes" });
    await expectStatsExact(org.organizationId);

    // A conversion (lead converted, a prospect opportunity for its owner) and a deletion.
    await agent.crm.leads.convert({ id: a1.id });
    await admin.crm.leads.delete({ id: c1.id });
    await expectStatsExact(org.organizationId);

    // An import: new leads for the colleague, and a row matching an existing lead, which only
    // fills its empty fields (an UPDATE that changes no figure).
    const content = [
      "Name,Email,Company",
      "Imported One,imported.one@example.com,",
      "Imported Two,imported.two@example.com,",
      "Imported Three,imported.three@example.com,Three Co",
      "Agent Two Again,agent.two@example.com,Filled Co",
      "",
    ].join("\r\n");
    const imported = await admin.crm.leads.import.commit({
      filename: "leads.csv",
      content,
      kind: "client",
      mapping: { Name: "name", Email: "email", Company: "company" },
      ownerId: colleague.userId,
    });
    expect(imported).toMatchObject({ created: 3, updated: 1, errors: [] });
    await expectStatsExact(org.organizationId);

    // Opportunities: created open, moved to closed_won and closed_lost, revalued once won,
    // handed to another owner, and one deleted.
    const won = await agent.crm.opportunities.create({ title: "Won deal", value: 2_500.25 });
    const lost = await agent.crm.opportunities.create({ title: "Lost deal", value: 900 });
    const handed = await agent.crm.opportunities.create({ title: "Handed over", value: 300 });
    const dropped = await admin.crm.opportunities.create({ title: "Dropped", value: 100, ownerId: colleague.userId });
    await admin.crm.opportunities.create({ title: "Already won", value: 75.5, stage: "closed_won", ownerId: managerId });
    await agent.crm.opportunities.moveStage({ id: won.id, stage: "negotiation" });
    await agent.crm.opportunities.moveStage({ id: won.id, stage: "closed_won" });
    await agent.crm.opportunities.moveStage({ id: lost.id, stage: "closed_lost", lostReason: "Went with another carrier" });
    await admin.crm.opportunities.update({ id: won.id, value: 3_000 });
    await admin.crm.opportunities.update({ id: handed.id, ownerId: colleague.userId });
    await admin.crm.opportunities.moveStage({ id: handed.id, stage: "closed_won" });
    await db.opportunity.delete({ where: { id: dropped.id } });

    // A bulk statement spanning several owners: every lead of the colleague goes to the manager.
    await db.lead.updateMany({ where: { organizationId: org.organizationId, ownerId: colleague.userId }, data: { ownerId: managerId } });

    const fresh = await expectStatsExact(org.organizationId);
    // The book the steps above leave, spelled out, so an error shared by both sides shows too.
    expect(figuresOf(fresh, agentId)).toEqual({ leadsOwned: 3, leadsConverted: 1, openOpportunities: 1, wonValue: 3_000 });
    expect(figuresOf(fresh, colleague.userId)).toEqual({ leadsOwned: 0, leadsConverted: 0, openOpportunities: 0, wonValue: 300 });
    expect(figuresOf(fresh, managerId)).toEqual({ leadsOwned: 6, leadsConverted: 0, openOpportunities: 0, wonValue: 75.5 });

    const roster = await admin.crm.agents.list({});
    expect(roster.items.map((item) => item.id).sort()).toEqual([agentId, managerId, colleague.userId].sort());
    for (const item of roster.items) {
      expect({ id: item.id, ...item.stats }).toEqual({ id: item.id, ...figuresOf(fresh, item.id), overdueTasks: 0 });
    }
  });

  it("keeps overdue tasks live: they are counted at the time of the request", async () => {
    const org = await createTestOrganization();
    const dueAt = new Date(Date.now() + 60 * 60 * 1000);
    await callerFor(org.users.agent).crm.tasks.create({ title: "Call back", dueAt });
    const statsAt = async (now: Date) => {
      const { items } = await listAgentsWithStats({ actor: org.users.admin, now });
      return items.find((item) => item.id === org.users.agent.userId)!.stats.overdueTasks;
    };
    expect(await statsAt(new Date())).toBe(0);
    expect(await statsAt(new Date(dueAt.getTime() + 1_000))).toBe(1);
  });

  describe("when owners go away", () => {
    async function bookFor(org: TestOrganization, owners: UserActor[]) {
      for (const [index, owner] of owners.entries()) {
        await db.lead.createMany({
          data: Array.from({ length: 3 }, (_, n) => ({
            organizationId: org.organizationId,
            ownerId: owner.userId,
            name: `Lead ${index}.${n}`,
            ...(n === 0 ? { convertedAt: new Date() } : {}),
          })),
        });
        await db.opportunity.createMany({
          data: [
            { organizationId: org.organizationId, ownerId: owner.userId, title: "Open", value: 10 },
            { organizationId: org.organizationId, ownerId: owner.userId, title: "Won", value: 20, stage: "closed_won" },
          ],
        });
      }
    }

    it("deleting a user drops their row and does not bring it back when their records lose their owner", async () => {
      const org = await createTestOrganization();
      const leaving = await addUser(org, "agent", { sameTeam: true });
      await bookFor(org, [org.users.agent, leaving]);
      expect(await db.agentStats.count({ where: { userId: leaving.userId } })).toBe(1);

      await db.user.delete({ where: { id: leaving.userId } });
      expect(await db.agentStats.count({ where: { userId: leaving.userId } })).toBe(0);
      expect(await db.lead.count({ where: { organizationId: org.organizationId, ownerId: null } })).toBe(3);
      const fresh = await expectStatsExact(org.organizationId);
      expect(figuresOf(fresh, org.users.agent.userId)).toEqual({ leadsOwned: 3, leadsConverted: 1, openOpportunities: 1, wonValue: 20 });
    });

    it("deleting an organization cascades through its records and agent_stats without error, leaving others alone", async () => {
      const doomed = await createTestOrganization("Closing Agency");
      const kept = await createTestOrganization("Staying Agency");
      await bookFor(doomed, [doomed.users.agent, doomed.users.manager, await addUser(doomed, "agent")]);
      await bookFor(kept, [kept.users.agent]);
      expect(await db.agentStats.count({ where: { organizationId: doomed.organizationId } })).toBe(3);

      await db.organization.delete({ where: { id: doomed.organizationId } });
      expect(await db.agentStats.count({ where: { organizationId: doomed.organizationId } })).toBe(0);
      expect(await db.lead.count({ where: { organizationId: doomed.organizationId } })).toBe(0);
      const fresh = await expectStatsExact(kept.organizationId);
      expect(figuresOf(fresh, kept.users.agent.userId)).toEqual({ leadsOwned: 3, leadsConverted: 1, openOpportunities: 1, wonValue: 20 });
    });
  });

  // Last in the file: TRUNCATE empties the tables for every test of this file's database.
  it("zeroes the figures of a truncated table", async () => {
    const org = await createTestOrganization();
    await db.lead.create({ data: { organizationId: org.organizationId, ownerId: org.users.agent.userId, name: "Soon gone", convertedAt: new Date() } });
    await db.opportunity.create({ data: { organizationId: org.organizationId, ownerId: org.users.agent.userId, title: "Soon gone", value: 50, stage: "closed_won" } });
    await db.opportunity.create({ data: { organizationId: org.organizationId, ownerId: org.users.agent.userId, title: "Open", value: 5 } });

    await db.$executeRawUnsafe("TRUNCATE opportunities CASCADE");
    expect(await storedFigures(org.organizationId)).toEqual(
      new Map([[org.users.agent.userId, { leadsOwned: 1, leadsConverted: 1, openOpportunities: 0, wonValue: 0 }]]),
    );
    await db.$executeRawUnsafe("TRUNCATE leads CASCADE");
    await expectStatsExact(org.organizationId);
    expect(await storedFigures(org.organizationId)).toEqual(new Map([[org.users.agent.userId, zero]]));
  });
});
