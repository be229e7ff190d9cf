import { db, type LeadKind } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { assertAssignableUser } from "../record-owner";
import { notifyNewOwner } from "./assign-lead";
import { leadData, lockLeadContactPoints, requireReachable, scoreOf, tagIfDoNotContact, type LeadFields } from "./lead-fields";
import { assertNoDuplicateLead, leadSelect, publishLeadUpdated, storedContactPoints, withMoney } from "./lead-record";

export interface CreateLeadInput extends LeadFields {
  actor: Actor;
  kind: LeadKind;
  ownerId?: string | null;
}

/**
 * Creates a lead owned by its creator (agents always own what they create; managers and admins
 * may name another owner by the same rule as assignment, and that owner is notified).
 */
export async function createLead({ actor, kind, ownerId: requestedOwnerId, ...fields }: CreateLeadInput) {
  const ownerId = requestedOwnerId ?? (actor.kind === "user" ? actor.userId : null);
  if (ownerId) await assertAssignableUser(actor, ownerId, "ownerId");
  const contact = storedContactPoints(fields);
  requireReachable(contact.email, contact.phone);
  const data = { ...leadData(fields), ...contact };
  const { organizationId } = actor;

  const { lead, announce } = await db.$transaction(async (tx) => {
    await lockLeadContactPoints(tx, organizationId);
    await assertNoDuplicateLead({ organizationId, email: contact.email, phone: contact.phone }, tx);
    const tags = await tagIfDoNotContact(tx, { organizationId, email: contact.email, phone: contact.phone, tags: data.tags ?? [] });
    const status = data.status ?? "new";
    const created = await tx.lead.create({
      data: { ...data, name: fields.name.trim(), tags, kind, status, organizationId, ownerId, score: scoreOf({ ...data, kind, status }) },
      select: leadSelect,
    });
    const announce = await notifyNewOwner(tx, { actor, lead: created, ownerId });
    return { lead: created, announce };
  });

  await announce?.();
  await publishLeadUpdated(lead, { organizationId, change: "created" });
  return withMoney(lead);
}
