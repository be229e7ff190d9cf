import { Prisma } from "@harbor/db";
import type { Actor } from "../actor";
import { sqlAlias } from "./owned-record-scope";
import { reachOf } from "./reach";

// Renewal cases are reached through the people working them: the assignee, or the person a case
// was escalated to (an escalation hands the case up without taking it from its agent). The reach
// of reachOf applied to those two: the agent themselves, a manager and their team, or anyone in
// the organization (admins, compliance, viewers, the system).

export type RenewalCaseScope = {
  organizationId: string;
  OR?: ({ assigneeId: string } | { escalatedToId: string } | { assignee: { is: { teamId: string } } })[];
};

export function renewalCaseScope(actor: Actor): RenewalCaseScope {
  const reach = reachOf(actor);
  if (reach.kind === "organization") return { organizationId: reach.organizationId };
  const own = [{ assigneeId: reach.userId }, { escalatedToId: reach.userId }];
  return reach.kind === "team"
    ? { organizationId: reach.organizationId, OR: [...own, { assignee: { is: { teamId: reach.teamId } } }] }
    : { organizationId: reach.organizationId, OR: own };
}

/** renewalCaseScope as SQL over the renewal_cases table aliased `alias` (dashboard aggregates). */
export function renewalCaseScopeSql(actor: Actor, alias: string): Prisma.Sql {
  const table = sqlAlias(alias);
  const reach = reachOf(actor);
  const tenant = Prisma.sql`${table}.organization_id = ${reach.organizationId}::uuid`;
  if (reach.kind === "organization") return tenant;
  const own = Prisma.sql`${table}.assignee_id = ${reach.userId}::uuid OR ${table}.escalated_to_id = ${reach.userId}::uuid`;
  if (reach.kind === "self") return Prisma.sql`${tenant} AND (${own})`;
  return Prisma.sql`${tenant} AND (${own} OR ${table}.assignee_id IN (SELECT id FROM users WHERE team_id = ${reach.teamId}::uuid))`;
}
