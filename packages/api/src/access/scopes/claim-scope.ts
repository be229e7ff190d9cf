import type { Prisma } from "@harbor/db";
import type { Actor } from "../actor";
import { organizationScope } from "../organization-scope";
import { policyScope } from "./policy-scope";

/**
 * Claims follow their policy, which follows its contact: whoever may see the policy's contact (the
 * reach of reachOf applied to the contact's owner) may see and move its claims.
 */
export function claimScope(actor: Actor): Prisma.ClaimWhereInput {
  return { ...organizationScope(actor), policy: { is: policyScope(actor) } };
}
