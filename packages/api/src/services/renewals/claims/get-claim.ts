import { db } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { requireId, within } from "../../../access/organization-scope";
import { claimScope } from "../../../access/scopes/claim-scope";
import { notFound } from "../../../errors";
import { claimSelect, toClaim } from "./claim-select";

export async function getClaim({ actor, id }: { actor: Actor; id: string }) {
  const claim = await db.claim.findFirst({ where: within(claimScope(actor), { id: requireId(id) }), select: claimSelect });
  if (!claim) throw notFound("Claim");
  return toClaim(claim);
}

/** What the write paths need from a claim within reach; NOT_FOUND otherwise. */
export async function findClaimInScope(actor: Actor, id: string) {
  const claim = await db.claim.findFirst({
    where: within(claimScope(actor), { id: requireId(id) }),
    select: { id: true, claimNumber: true, status: true, policyId: true, policy: { select: { policyNumber: true, contact: { select: { ownerId: true } } } } },
  });
  if (!claim) throw notFound("Claim");
  return claim;
}
