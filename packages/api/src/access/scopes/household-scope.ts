import type { Prisma } from "@harbor/db";
import type { Actor } from "../actor";
import { ownedRecordScope } from "./owned-record-scope";

/**
 * Households have no owner of their own: whoever reaches one of its live members reaches the
 * household, and sees the members (and their policies) within their own reach.
 */
export function householdScope(actor: Actor): Prisma.HouseholdWhereInput {
  const contactScope = ownedRecordScope(actor);
  return { organizationId: contactScope.organizationId, members: { some: contactScope } };
}
