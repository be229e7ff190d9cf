import { Prisma } from "@harbor/db";
import type { Actor } from "../actor";
import { ownerReach, ownerReachSql, sqlAlias } from "./owned-record-scope";
import { reachOf } from "./reach";
import { ticketReach, ticketReachSql } from "./ticket-scope";

// The trash: who reaches a trashed record is who reached it alive — by its owner (leads, contacts,
// opportunities), its contact's owner (policies), the ticket rule (tickets), or the records a note
// is on (notes). Only rows in the trash match; restoring or purging one starts here.

export const trashEntityTypes = ["lead", "contact", "policy", "opportunity", "ticket", "note"] as const;
export type TrashEntityType = (typeof trashEntityTypes)[number];

const trashed = { deletedAt: { not: null } } as const;

export function trashedLeadScope(actor: Actor): Prisma.LeadWhereInput {
  return { ...ownerReach(actor), ...trashed };
}

export function trashedContactScope(actor: Actor): Prisma.ContactWhereInput {
  return { ...ownerReach(actor), ...trashed };
}

export function trashedOpportunityScope(actor: Actor): Prisma.OpportunityWhereInput {
  return { ...ownerReach(actor), ...trashed };
}

/** A trashed policy of a contact in reach (the contact itself may be live or trashed). */
export function trashedPolicyScope(actor: Actor): Prisma.PolicyWhereInput {
  const reach = ownerReach(actor);
  return { organizationId: reach.organizationId, ...trashed, contact: { is: reach } };
}

export function trashedTicketScope(actor: Actor): Prisma.TicketWhereInput {
  return { ...ticketReach(actor), ...trashed };
}

/** A trashed note on a lead, contact or opportunity in reach. */
export function trashedNoteScope(actor: Actor): Prisma.ActivityWhereInput {
  const reach = ownerReach(actor);
  const { organizationId } = reachOf(actor);
  return { organizationId, type: "note", ...trashed, OR: [{ lead: { is: reach } }, { contact: { is: reach } }, { opportunity: { is: reach } }] };
}

/** The same rules as SQL over `alias`, for the trash list (one statement over every table). */
export function trashedScopeSql(actor: Actor, entityType: TrashEntityType, alias: string): Prisma.Sql {
  const table = sqlAlias(alias);
  const inTrash = Prisma.sql`${table}.deleted_at IS NOT NULL`;
  const { organizationId } = reachOf(actor);
  switch (entityType) {
    case "lead":
    case "contact":
    case "opportunity":
      return Prisma.sql`${ownerReachSql(actor, alias)} AND ${inTrash}`;
    case "ticket":
      return Prisma.sql`${ticketReachSql(actor, alias)} AND ${inTrash}`;
    case "policy":
      return Prisma.sql`${table}.organization_id = ${organizationId}::uuid AND ${inTrash}
        AND EXISTS (SELECT 1 FROM contacts trash_contact WHERE trash_contact.id = ${table}.contact_id AND ${ownerReachSql(actor, "trash_contact")})`;
    case "note": {
      const on = (linked: string, column: string) =>
        Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(linked)} trash_linked WHERE trash_linked.id = ${table}.${Prisma.raw(column)} AND ${ownerReachSql(actor, "trash_linked")})`;
      return Prisma.sql`${table}.organization_id = ${organizationId}::uuid AND ${table}.type = 'note' AND ${inTrash}
        AND (${on("leads", "lead_id")} OR ${on("contacts", "contact_id")} OR ${on("opportunities", "opportunity_id")})`;
    }
  }
}
