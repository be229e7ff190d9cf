import type { Prisma } from "@harbor/db";
import type { Actor } from "../actor";
import { live } from "./live-record";
import { ownedRecordScope } from "./owned-record-scope";

/**
 * Policies follow their contact: whoever may see the contact may see and change its policies.
 * (Policy.ownerId mirrors the contact's owner for reports; access never reads it.) A trashed policy,
 * or any policy of a trashed contact, is out of scope.
 */
export function policyScope(actor: Actor): Prisma.PolicyWhereInput {
  const contactScope = ownedRecordScope(actor);
  return { organizationId: contactScope.organizationId, ...live, contact: { is: contactScope } };
}
