import { db } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { within } from "../../access/organization-scope";
import { ownedRecordScope } from "../../access/scopes/owned-record-scope";
import { policyScope } from "../../access/scopes/policy-scope";
import { AppError } from "../../errors";
import type { ScoreEntityType } from "./write-scores";

// Scores are read and recomputed within the record scope of the entity they belong to: a score is
// visible to whoever may see its lead, contact or opportunity (policies follow their contact).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function assertIds(ids: string[]): void {
  const bad = ids.find((id) => !UUID.test(id));
  if (bad !== undefined) throw new AppError("VALIDATION_ERROR", `ids: "${bad}" is not an id`, { fieldErrors: { ids: ["Every id must be a UUID"] } });
}

/** The ids among `ids` whose entity the actor may see, in the actor's organization. */
export async function idsInScope(actor: Actor, entityType: ScoreEntityType, ids: string[]): Promise<string[]> {
  assertIds(ids);
  if (ids.length === 0) return [];
  const byId = { id: { in: ids } };
  const select = { id: true } as const;
  let rows: { id: string }[];
  switch (entityType) {
    case "contact":
      rows = await db.contact.findMany({ where: within(ownedRecordScope(actor), byId), select });
      break;
    case "lead":
      rows = await db.lead.findMany({ where: within(ownedRecordScope(actor), byId), select });
      break;
    case "opportunity":
      rows = await db.opportunity.findMany({ where: within(ownedRecordScope(actor), byId), select });
      break;
    case "policy":
      rows = await db.policy.findMany({ where: within(policyScope(actor), byId), select });
      break;
  }
  return rows.map((row) => row.id);
}
