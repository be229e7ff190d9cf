import { db, Prisma, type Role } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { rosterScopeSql } from "../../../access/scopes/roster-scope";
import { sqlTimestamp } from "../crm-sql";

// The agent roster with each producer's figures, in ONE query however many agents there are, and
// in time that does not grow with the size of the book. The lead and opportunity figures are read
// from agent_stats, one row per user kept exact by statement-level triggers on leads and
// opportunities (migration 20261121162703_agent_stats: every insert, update, delete and truncate
// adds its +/- deltas in the same transaction); a user who never owned anything has no row and
// reads as zeros. Overdue tasks depend on the current time, so they stay a live count, correlated
// per agent and answered by the (organization_id, assignee_id, status, due_at) index alone.
//
// Who appears: active users with role agent or manager, within rosterScopeSql's reach.
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

/** Who is on the roster, over users aliased `u`: active agents and managers within rosterScopeSql, of one team if given. */
export function agentRosterWhere(actor: Actor, teamId: string | undefined): Prisma.Sql {
  return Prisma.sql`${rosterScopeSql(actor, "u")}
      AND u.status = 'active'
      AND u.role IN ('agent', 'manager')
      ${teamId ? Prisma.sql`AND u.team_id = ${teamId}::uuid` : Prisma.empty}`;
}

export async function listAgentsWithStats({ actor, teamId, now = new Date() }: { actor: Actor; teamId?: string; now?: Date }) {
  const dueBefore = sqlTimestamp(now);
  const rows = await db.$queryRaw<AgentRow[]>`
    SELECT u.id, u.name, u.email, u.role::text AS role, u.title, u.team_id, t.name AS team_name,
      coalesce(s.leads_owned, 0) AS leads_owned,
      coalesce(s.leads_converted, 0) AS leads_converted,
      coalesce(s.won_value, 0)::float8 AS won_value,
      coalesce(s.open_opportunities, 0) AS open_opportunities,
      (SELECT count(*)::int FROM tasks k
        WHERE k.organization_id = u.organization_id AND k.assignee_id = u.id
          AND k.status IN ('open', 'in_progress') AND k.due_at < ${dueBefore}) AS overdue_tasks
    FROM users u
    LEFT JOIN teams t ON t.id = u.team_id
    LEFT JOIN agent_stats s ON s.user_id = u.id
    WHERE ${agentRosterWhere(actor, teamId)}
    ORDER BY u.name, u.id`;

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
