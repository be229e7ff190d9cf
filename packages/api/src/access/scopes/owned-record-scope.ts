import { Prisma } from "@harbor/db";
import type { Actor } from "../actor";
import { live, liveSql } from "./live-record";
import { reachOf } from "./reach";

// Leads, contacts and opportunities: who owns them decides who sees them (owning a lead is being
// assigned to it). The reach of reachOf, applied to the record's owner; the trash is out of scope
// (live-record.ts).

export type OwnerReach = {
  organizationId: string;
  ownerId?: string;
  OR?: ({ ownerId: string } | { owner: { is: { teamId: string } } })[];
};

export type OwnedRecordScope = OwnerReach & { deletedAt: null };

/** Leads, contacts and opportunities the actor may see: owned within their reach, not in the trash. */
export function ownedRecordScope(actor: Actor): OwnedRecordScope {
  return { ...ownerReach(actor), ...live };
}

/**
 * Who reaches an owned row, whether or not it is in the trash: for rows that are never trashed
 * (appointments) and for the trash itself.
 */
export function ownerReach(actor: Actor): OwnerReach {
  const reach = reachOf(actor);
  switch (reach.kind) {
    case "organization":
      return { organizationId: reach.organizationId };
    case "team":
      return { organizationId: reach.organizationId, OR: [{ ownerId: reach.userId }, { owner: { is: { teamId: reach.teamId } } }] };
    case "self":
      return { organizationId: reach.organizationId, ownerId: reach.userId };
  }
}

/**
 * ownedRecordScope as SQL over the table aliased `alias`, for the aggregate and list queries Prisma
 * cannot express (conditional counts, weighted sums, trigram ranking).
 */
export function ownedRecordScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return Prisma.sql`${ownerReachSql(actor, alias)} AND ${liveSql(alias)}`;
}

/** ownerReach as SQL: trashed rows included. */
export function ownerReachSql(actor: Actor, alias: string): Prisma.Sql {
  const table = sqlAlias(alias);
  const reach = reachOf(actor);
  const tenant = Prisma.sql`${table}.organization_id = ${reach.organizationId}::uuid`;
  switch (reach.kind) {
    case "organization":
      return tenant;
    case "team":
      return Prisma.sql`${tenant} AND (${table}.owner_id = ${reach.userId}::uuid OR ${table}.owner_id IN (SELECT id FROM users WHERE team_id = ${reach.teamId}::uuid))`;
    case "self":
      return Prisma.sql`${tenant} AND ${table}.owner_id = ${reach.userId}::uuid`;
  }
}

/** A table alias written into SQL; quotes are stripped so an alias can never close the identifier. */
export function sqlAlias(alias: string): Prisma.Sql {
  return Prisma.raw(`"${alias.replaceAll('"', "")}"`);
}
