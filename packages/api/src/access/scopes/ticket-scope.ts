import { Prisma } from "@harbor/db";
import type { Actor } from "../actor";
import { reachOf } from "./reach";
import { live, liveSql } from "./live-record";
import { sqlAlias } from "./owned-record-scope";

// Tickets have no owner of their own: they are reached through the people on them. A ticket is
// within reach when its assignee, its creator or its contact's owner is someone reachOf names:
// the agent themselves, the manager and their team, or anyone in the organization. A trashed
// ticket is out of scope (live-record.ts); ticketReach is the rule alone, for the trash.

export function ticketScope(actor: Actor): Prisma.TicketWhereInput {
  return { ...ticketReach(actor), ...live };
}

export function ticketReach(actor: Actor): Prisma.TicketWhereInput {
  const reach = reachOf(actor);
  const { organizationId } = reach;
  switch (reach.kind) {
    case "organization":
      return { organizationId };
    case "self":
      return {
        organizationId,
        OR: [{ assigneeId: reach.userId }, { createdById: reach.userId }, { contact: { is: { ownerId: reach.userId } } }],
      };
    case "team": {
      const onTeam = { is: { teamId: reach.teamId } };
      return {
        organizationId,
        OR: [
          { assigneeId: reach.userId },
          { createdById: reach.userId },
          { contact: { is: { ownerId: reach.userId } } },
          { assignee: onTeam },
          { createdBy: onTeam },
          { contact: { is: { owner: onTeam } } },
        ],
      };
    }
  }
}

/**
 * ticketScope as SQL over the tickets table aliased `alias`, for raw queries (global search). The
 * people in reach become one small set, and the contact's owner is looked up per ticket by primary
 * key: an EXISTS over contacts inside the OR would make Postgres hash every contact a team owns.
 */
export function ticketScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return Prisma.sql`${ticketReachSql(actor, alias)} AND ${liveSql(alias)}`;
}

/** ticketReach as SQL: trashed tickets included. */
export function ticketReachSql(actor: Actor, alias: string): Prisma.Sql {
  const table = sqlAlias(alias);
  const reach = reachOf(actor);
  const tenant = Prisma.sql`${table}.organization_id = ${reach.organizationId}::uuid`;
  if (reach.kind === "organization") return tenant;
  const inReach =
    reach.kind === "self"
      ? Prisma.sql`SELECT ${reach.userId}::uuid`
      : Prisma.sql`SELECT ${reach.userId}::uuid UNION ALL SELECT id FROM users WHERE team_id = ${reach.teamId}::uuid`;
  const contactOwner = Prisma.sql`(SELECT ticket_contact.owner_id FROM contacts ticket_contact
    WHERE ticket_contact.id = ${table}.contact_id AND ticket_contact.organization_id = ${table}.organization_id)`;
  return Prisma.sql`${tenant} AND (${table}.assignee_id IN (${inReach}) OR ${table}.created_by_id IN (${inReach}) OR ${contactOwner} IN (${inReach}))`;
}
