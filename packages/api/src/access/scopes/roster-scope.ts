import { Prisma } from "@harbor/db";
import type { Actor } from "../actor";
import { reachOf } from "./reach";
import { sqlAlias } from "./owned-record-scope";

/**
 * Which colleagues appear on the agent roster, as SQL over the users table aliased `alias`. Those
 * who reach the whole organization see everyone; managers and agents see their own team (figures
 * are totals, no record of another agent is revealed), or only themselves without a team.
 */
export function rosterScopeSql(actor: Actor, alias: string): Prisma.Sql {
  const table = sqlAlias(alias);
  const reach = reachOf(actor);
  const tenant = Prisma.sql`${table}.organization_id = ${reach.organizationId}::uuid`;
  if (reach.kind === "organization") return tenant;
  return reach.teamId
    ? Prisma.sql`${tenant} AND (${table}.team_id = ${reach.teamId}::uuid OR ${table}.id = ${reach.userId}::uuid)`
    : Prisma.sql`${tenant} AND ${table}.id = ${reach.userId}::uuid`;
}
