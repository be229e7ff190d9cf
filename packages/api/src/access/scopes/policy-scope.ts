import type { Prisma } from "@harbor/db";
import type { Actor } from "../actor";
import { ownedRecordScope } from "./owned-record-scope";

/**
 * Policies follow their contact: whoever may see the contact may see and change its policies.
 * (Policy.ownerId mirrors the contact's owner for reports; access never reads it.)
 */
export function policyScope(actor: Actor): Prisma.PolicyWhereInput {
  const contactScope = ownedRecordScope(actor);
  return { organizationId: contactScope.organizationId, contact: { is: contactScope } };
}
