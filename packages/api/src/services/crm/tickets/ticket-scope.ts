import { Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { ownedRecordScope } from "../../../access/record-scope";

// Tickets have no owner of their own: they are reached through the people on them. A ticket is
// within reach when its assignee, its creator or its contact's owner is someone whose records
// the actor may see — the same people ownedRecordScope names:
//
//   agent                      themselves: tickets assigned to or created by them, or on contacts they own
//   manager                    themselves and their team
//   admin, compliance, viewer  the whole organization (viewers are read-only by permission)
//
// Both renderings below translate ownedRecordScope's shape, so the rule stays in one place.

type Person = { ownerId: string } | { owner: { is: { teamId: string } } };

function peopleInReach(actor: Actor): { organizationId: string; people: Person[] | null } {
  const { organizationId, ownerId, OR } = ownedRecordScope(actor);
  if (ownerId !== undefined) return { organizationId, people: [{ ownerId }] };
  return { organizationId, people: OR ?? null };
}

export function ticketScope(actor: Actor): Prisma.TicketWhereInput {
  const { organizationId, people } = peopleInReach(actor);
  if (!people) return { organizationId };
  const alternatives = people.flatMap((person): Prisma.TicketWhereInput[] =>
    "ownerId" in person
      ? [{ assigneeId: person.ownerId }, { createdById: person.ownerId }, { contact: { is: { ownerId: person.ownerId } } }]
      : [{ assignee: person.owner }, { createdBy: person.owner }, { contact: { is: { owner: person.owner } } }],
  );
  return { organizationId, OR: alternatives };
}

/**
 * ticketScope as SQL over the tickets table aliased `alias`, for raw queries (global search). The
 * people in reach become one small set, and the contact's owner is looked up per ticket by primary
 * key: an EXISTS over contacts inside the OR would make Postgres hash every contact a team owns.
 */
export function ticketScopeSql(actor: Actor, alias: string): Prisma.Sql {
  const table = Prisma.raw(`"${alias.replaceAll('"', "")}"`);
  const { organizationId, people } = peopleInReach(actor);
  const tenant = Prisma.sql`${table}.organization_id = ${organizationId}::uuid`;
  if (!people) return tenant;
  const inReach = Prisma.join(
    people.map((person) =>
      "ownerId" in person
        ? Prisma.sql`SELECT ${person.ownerId}::uuid`
        : Prisma.sql`SELECT id FROM users WHERE team_id = ${person.owner.is.teamId}::uuid`,
    ),
    " UNION ALL ",
  );
  const contactOwner = Prisma.sql`(SELECT ticket_contact.owner_id FROM contacts ticket_contact
    WHERE ticket_contact.id = ${table}.contact_id AND ticket_contact.organization_id = ${table}.organization_id)`;
  return Prisma.sql`${tenant} AND (${table}.assignee_id IN (${inReach}) OR ${table}.created_by_id IN (${inReach}) OR ${contactOwner} IN (${inReach}))`;
}
