import { db, Prisma, type Role } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { AppError } from "../../../errors";
import { sqlTimestamp } from "../crm-sql";
import { agentRosterWhere } from "./list-agents";

// What each agent on the roster did in a period [from, to), for the agents page, in one query:
//
//   leadsCreated     leads they own that were created in the period
//   leadsConverted   of those, the ones converted since (so conversionRate is a share of a cohort)
//   conversionRate   leadsConverted / leadsCreated, null without leads
//   dealsWon         their opportunities closed won in the period, and wonValue their value
//   premiumWritten   premium of policies created in the period on their contacts (Policy.ownerId)
//   activities       activities they logged in the period, by type
//
// Each figure is a correlated count per agent over an (organization, owner|actor, time) index, so
// the cost follows the roster and the period's rows, not the size of the book. The all-time
// figures (agent_stats) are crm.agents.list's. Who appears is rosterScopeSql's, as there.

export const loggedActivityTypes = ["call", "email", "meeting", "note", "sms"] as const;
type LoggedActivityType = (typeof loggedActivityTypes)[number];

const MAX_PERIOD_DAYS = 366 * 3;

interface PerformanceRow {
  id: string;
  name: string;
  role: Role;
  team_id: string | null;
  team_name: string | null;
  leads_created: number;
  leads_converted: number;
  deals_won: number;
  won_value: number;
  premium_written: number;
  activities: Partial<Record<LoggedActivityType | "other", number>> | null;
}

export async function agentPerformance({ actor, from, to, teamId }: { actor: Actor; from: Date; to: Date; teamId?: string }) {
  if (to <= from) throw new AppError("VALIDATION_ERROR", "The period must end after it starts", { fieldErrors: { to: ["must be after from"] } });
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
    throw new AppError("VALIDATION_ERROR", "The period can be at most three years", { fieldErrors: { from: ["must be at most three years before to"] } });
  }
  const start = sqlTimestamp(from);
  const end = sqlTimestamp(to);
  const rows = await db.$queryRaw<PerformanceRow[]>`
    SELECT u.id, u.name, u.role::text AS role, u.team_id, t.name AS team_name,
      (SELECT count(*)::int FROM leads l
        WHERE l.organization_id = u.organization_id AND l.owner_id = u.id AND l.created_at >= ${start} AND l.created_at < ${end}) AS leads_created,
      (SELECT count(*)::int FROM leads l
        WHERE l.organization_id = u.organization_id AND l.owner_id = u.id AND l.created_at >= ${start} AND l.created_at < ${end}
          AND l.converted_at IS NOT NULL) AS leads_converted,
      (SELECT count(*)::int FROM opportunities o
        WHERE o.organization_id = u.organization_id AND o.owner_id = u.id AND o.stage = 'closed_won' AND o.closed_at >= ${start} AND o.closed_at < ${end}) AS deals_won,
      (SELECT coalesce(sum(o.value), 0)::float8 FROM opportunities o
        WHERE o.organization_id = u.organization_id AND o.owner_id = u.id AND o.stage = 'closed_won' AND o.closed_at >= ${start} AND o.closed_at < ${end}) AS won_value,
      (SELECT coalesce(sum(p.premium), 0)::float8 FROM policies p
        WHERE p.organization_id = u.organization_id AND p.owner_id = u.id AND p.created_at >= ${start} AND p.created_at < ${end}) AS premium_written,
      (SELECT jsonb_object_agg(kind, n) FROM (
        SELECT CASE WHEN a.type::text IN (${Prisma.join([...loggedActivityTypes])}) THEN a.type::text ELSE 'other' END AS kind, count(*)::int AS n
        FROM activities a
        WHERE a.organization_id = u.organization_id AND a.actor_id = u.id AND a.occurred_at >= ${start} AND a.occurred_at < ${end}
        GROUP BY 1) counted) AS activities
    FROM users u
    LEFT JOIN teams t ON t.id = u.team_id
    WHERE ${agentRosterWhere(actor, teamId)}
    ORDER BY u.name, u.id`;

  const items = rows.map((row) => {
    const counted = row.activities ?? {};
    const activities = {
      call: counted.call ?? 0,
      email: counted.email ?? 0,
      meeting: counted.meeting ?? 0,
      note: counted.note ?? 0,
      sms: counted.sms ?? 0,
      other: counted.other ?? 0,
    };
    return {
      id: row.id,
      name: row.name,
      role: row.role,
      team: row.team_id && row.team_name ? { id: row.team_id, name: row.team_name } : null,
      leadsCreated: row.leads_created,
      leadsConverted: row.leads_converted,
      conversionRate: row.leads_created > 0 ? row.leads_converted / row.leads_created : null,
      dealsWon: row.deals_won,
      wonValue: Number(row.won_value),
      premiumWritten: Number(row.premium_written),
      activities: { ...activities, total: Object.values(activities).reduce((sum, count) => sum + count, 0) },
    };
  });
  return { from, to, items };
}
