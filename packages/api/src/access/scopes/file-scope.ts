import { db, type FileEntityType } from "@harbor/db";
import type { Actor } from "../actor";
import { requireId, within } from "../organization-scope";
import { claimScope } from "./claim-scope";
import { ownedRecordScope } from "./owned-record-scope";
import { policyScope } from "./policy-scope";
import { renewalCaseScope } from "./renewal-case-scope";

// A file has no reach of its own: it is reached through the record it is attached to, by that
// record's rule (contacts: their owner; policies: their contact; claims: their policy; renewal cases: their assignee). Who may
// see the record may download its files; who may also write (files:write) uploads and deletes.

export type AttachableEntityType = FileEntityType;

export const attachableEntityTypes = ["contact", "policy", "claim", "case"] as const satisfies readonly AttachableEntityType[];

const findInScope: Record<AttachableEntityType, (actor: Actor, id: string) => Promise<{ id: string } | null>> = {
  contact: (actor, id) => db.contact.findFirst({ where: within(ownedRecordScope(actor), { id }), select: { id: true } }),
  policy: (actor, id) => db.policy.findFirst({ where: within(policyScope(actor), { id }), select: { id: true } }),
  claim: (actor, id) => db.claim.findFirst({ where: within(claimScope(actor), { id }), select: { id: true } }),
  case: (actor, id) => db.renewalCase.findFirst({ where: within(renewalCaseScope(actor), { id }), select: { id: true } }),
};

export function isAttachableEntityType(entityType: FileEntityType): entityType is AttachableEntityType {
  return (attachableEntityTypes as readonly string[]).includes(entityType);
}

/** Whether the record a file is (or would be) attached to is within the actor's reach. */
export async function attachedRecordInScope(actor: Actor, entityType: FileEntityType, entityId: string): Promise<boolean> {
  if (!isAttachableEntityType(entityType)) return false;
  return (await findInScope[entityType](actor, requireId(entityId, "entityId"))) !== null;
}
