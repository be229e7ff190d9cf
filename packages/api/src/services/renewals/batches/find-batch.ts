import { db, type Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope, requireId } from "../../../access/organization-scope";
import { notFound } from "../../../errors";

/** A renewal batch of the actor's organization, else NOT_FOUND; `field` names the id in a missing-id error. */
export async function findBatchInOrganization<S extends Prisma.RenewalBatchSelect>(actor: Actor, id: string, select: S, field = "id") {
  const { organizationId } = organizationScope(actor);
  const batch = await db.renewalBatch.findFirst({ where: { organizationId, id: requireId(id, field) }, select });
  if (!batch) throw notFound("Renewal batch");
  return batch;
}
