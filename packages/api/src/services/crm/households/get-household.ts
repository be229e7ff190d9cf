import { db } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { requireId, within } from "../../../access/organization-scope";
import { householdScope } from "../../../access/scopes/household-scope";
import { notFound } from "../../../errors";
import { householdSelect, toHousehold } from "./household-select";

export async function readHousehold(actor: Actor, id: string) {
  const household = await db.household.findFirst({ where: within(householdScope(actor), { id: requireId(id) }), select: householdSelect(actor) });
  if (!household) throw notFound("Household");
  return toHousehold(household);
}

/** crm.households.get: the members the caller reaches, their policies, and the total premium. */
export const getHousehold = ({ actor, id }: { actor: Actor; id: string }) => readHousehold(actor, id);
