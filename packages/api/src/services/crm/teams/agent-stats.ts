import { db, Prisma, type Role } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { requireId } from "../../../access/record-scope";
import { sqlTimestamp } from "../crm-sql";

// The agent roster with each producer's figures, in ONE query however many agents there are.
// Counts that an index answers alone (leads owned: (organization_id, owner_id, created_at); overdue
// tasks: (organization_id, assignee_id, status, due_at)) are correlated per agent, index-only;
// figures that need row data (converted leads, opportunity values and stages) are one grouped
// pass each over the roster's rows, rather than one pass per agent.
//
// Who appears (active users with role agent or manager):
//   admin, compliance, viewer, system   everyone in the organization
//   manager, agent                      their own team (a leaderboard of colleagues: figures are
//                                       totals, no record of another agent is revealed), or only
//                                       themselves when they have no team
//
// Figures: leadsOwned (leads they own), leadsConverted (of those, converted), wonValue (value of
// their closed_won opportunities), openOpportunities (not closed), overdueTasks (assigned to them,
// not completed, due before now).

export interface AgentStats {
  leadsOwned: number;
  leadsConverted: number;
  wonValue: number;
  openOpportunities: number;
  overdueTasks: number;
}

export interface AgentWithStats {
  id: string;
  name: string;
  email: string;
  role: Role;
  title: string | null;
  team: { id: string; name: string } | null;
  stats: AgentStats;
}

interface AgentRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  title: string | null;
  team_id: string | null;
  team_name: string | null;
  leads_owned: number;
  leads_converted: number;
  won_value: number;
  open_opportunities: number;
  overdue_tasks: number;
}

function rosterScopeSql(actor: Actor): Prisma.Sql {
  if (actor.kind === "system" || actor.role === "admin" || actor.role === "compliance" || actor.role === "viewer") return Prisma.sql`TRUE`;
  return actor.teamId
    ? Prisma.sql`(u.team_id = ${actor.teamId}::uuid OR u.id = ${actor.userId}::uuid)`
    : Prisma.sql`u.id = ${actor.userId}::uuid`;
}

export async function listAgentsWithStats({ actor, teamId, now = new Date() }: { actor: Actor; teamId?: string; now?: Date }) {
  const organizationId = requireId(actor.organizationId, "organizationId");
  const dueBefore = sqlTimestamp(now);
  const rows = await db.$queryRaw<AgentRow[]>`
    WITH roster AS (
      SELECT u.id, u.organization_id, u.name, u.email, u.role, u.title, u.team_id
      FROM users u
      WHERE u.organization_id = ${organizationId}::uuid
        AND u.status = 'active'
        AND u.role IN ('agent', 'manager')
        AND ${rosterScopeSql(actor)}
        ${teamId ? Prisma.sql`AND u.team_id = ${teamId}::uuid` : Prisma.empty}
    ), converted AS (
      SELECT l.owner_id, count(*)::int AS leads_converted
      FROM leads l
      WHERE l.organization_id = ${organizationId}::uuid AND l.converted_at IS NOT NULL AND l.owner_id IN (SELECT id FROM roster)
      GROUP BY l.owner_id
    ), opportunity_totals AS (
      SELECT p.owner_id,
        coalesce(sum(p.value) FILTER (WHERE p.stage = 'closed_won'), 0)::float8 AS won_value,
        (count(*) FILTER (WHERE p.stage NOT IN ('closed_won', 'closed_lost')))::int AS open_opportunities
      FROM opportunities p
      WHERE p.organization_id = ${organizationId}::uuid AND p.owner_id IN (SELECT id FROM roster)
      GROUP BY p.owner_id
    )
    SELECT r.id, r.name, r.email, r.role::text AS role, r.title, r.team_id, t.name AS team_name,
      (SELECT count(*)::int FROM leads l WHERE l.organization_id = r.organization_id AND l.owner_id = r.id) AS leads_owned,
      coalesce(c.leads_converted, 0) AS leads_converted,
      coalesce(o.won_value, 0) AS won_value,
      coalesce(o.open_opportunities, 0) AS open_opportunities,
      (SELECT count(*)::int FROM tasks k
        WHERE k.organization_id = r.organization_id AND k.assignee_id = r.id
          AND k.status IN ('open', 'in_progress') AND k.due_at < ${dueBefore}) AS overdue_tasks
    FROM roster r
    LEFT JOIN teams t ON t.id = r.team_id
    LEFT JOIN converted c ON c.owner_id = r.id
    LEFT JOIN opportunity_totals o ON o.owner_id = r.id
    ORDER BY r.name, r.id`;

  const items: AgentWithStats[] = rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    title: row.title,
    team: row.team_id && row.team_name ? { id: row.team_id, name: row.team_name } : null,
    stats: {
      leadsOwned: row.leads_owned,
      leadsConverted: row.leads_converted,
      wonValue: Number(row.won_value),
      openOpportunities: row.open_opportunities,
      overdueTasks: row.overdue_tasks,
    },
  }));
  // The roster is returned whole (it is bounded by the organization's headcount); nextCursor
  // keeps the shape every list procedure shares.
  return { items, nextCursor: null };
}
