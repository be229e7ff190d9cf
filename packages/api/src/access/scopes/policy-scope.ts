import { Prisma } from "@harbor/db";
import type { Actor } from "../actor";
import { live, liveSql } from "./live-record";
import { ownedRecordScope, ownerReachSql, sqlAlias } from "./owned-record-scope";
import { reachOf } from "./reach";

/**
 * Policies follow their contact: whoever may see the contact may see and change its policies.
 * (Policy.ownerId mirrors the contact's owner for reports; access never reads it.) A trashed policy,
 * or any policy of a trashed contact, is out of scope.
 */
export function policyScope(actor: Actor): Prisma.PolicyWhereInput {
  const contactScope = ownedRecordScope(actor);
  return { organizationId: contactScope.organizationId, ...live, contact: { is: contactScope } };
}

/**
 * policyScope as SQL over the policies row aliased `alias` (the list, the search box): the
 * organization, the policy live, its contact live — read from the policy row, whose
 * contact_deleted_at triggers keep equal to the contact's deleted_at (schema: Policy.contactDeletedAt)
 * — and, below an organization-wide reach, the contact's owner inside ownerReachSql. The first page's
 * count then walks a policies index alone for an organization-wide reader (the contact's
 * organization is the policy's: a policy is only ever written for a contact of its organization).
 * The owner is a scalar subquery, which the planner keeps per row: a search tests its few hundred
 * candidates by primary key, where EXISTS let it hash every contact an agent owns first (16k rows,
 * 80 ms on 100k).
 */
export function policyScopeSql(actor: Actor, alias: string): Prisma.Sql {
  const table = sqlAlias(alias);
  const reach = reachOf(actor);
  const tenant = Prisma.sql`${table}.organization_id = ${reach.organizationId}::uuid AND ${liveSql(alias)} AND ${table}.contact_deleted_at IS NULL`;
  if (reach.kind === "organization") return tenant;
  return Prisma.sql`${tenant} AND (SELECT ${ownerReachSql(actor, "policy_contact")} FROM contacts policy_contact WHERE policy_contact.id = ${table}.contact_id)`;
}
