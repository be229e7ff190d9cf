import { Prisma } from "@harbor/db";
import type { Actor } from "../actor";
import { sqlAlias } from "./owned-record-scope";
import { reachOf } from "./reach";

// Tasks: within reach when the people reachOf names are assigned to them; a task anyone created is
// also within reach of its creator.

export type TaskScope = {
  organizationId: string;
  OR?: ({ assigneeId: string } | { createdById: string } | { assignee: { is: { teamId: string } } })[];
};

export function taskScope(actor: Actor): TaskScope {
  const reach = reachOf(actor);
  if (reach.kind === "organization") return { organizationId: reach.organizationId };
  const own = [{ assigneeId: reach.userId }, { createdById: reach.userId }];
  return reach.kind === "team"
    ? { organizationId: reach.organizationId, OR: [...own, { assignee: { is: { teamId: reach.teamId } } }] }
    : { organizationId: reach.organizationId, OR: own };
}

/** taskScope as SQL over the tasks table aliased `alias`, for the list read in one statement. */
export function taskScopeSql(actor: Actor, alias: string): Prisma.Sql {
  const table = sqlAlias(alias);
  const reach = reachOf(actor);
  const tenant = Prisma.sql`${table}.organization_id = ${reach.organizationId}::uuid`;
  if (reach.kind === "organization") return tenant;
  const own = Prisma.sql`${table}.assignee_id = ${reach.userId}::uuid OR ${table}.created_by_id = ${reach.userId}::uuid`;
  return reach.kind === "team"
    ? Prisma.sql`${tenant} AND (${own} OR ${table}.assignee_id IN (SELECT id FROM users WHERE team_id = ${reach.teamId}::uuid))`
    : Prisma.sql`${tenant} AND (${own})`;
}
