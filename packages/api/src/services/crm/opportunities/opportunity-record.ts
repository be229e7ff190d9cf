import { db, type Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { requireId, within } from "../../../access/organization-scope";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { notFound } from "../../../errors";

type OpportunityReader = Pick<Prisma.TransactionClient, "opportunity">;

/** An opportunity within the actor's reach, or NOT_FOUND — never a hint that it exists elsewhere. */
export async function findOpportunityInScope<S extends Prisma.OpportunitySelect>(actor: Actor, id: string, select: S, reader: OpportunityReader = db) {
  const opportunity = await reader.opportunity.findFirst({ where: within(ownedRecordScope(actor), { id: requireId(id) }), select });
  if (!opportunity) throw notFound("Opportunity");
  return opportunity;
}
