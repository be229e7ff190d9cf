import type { LeadKind } from "@harbor/db";
import { announceTrashChange, trashMark } from "../trash";
import { auditedTransaction } from "../../audit";
import type { Actor } from "../../../access/actor";
import { assertAssignableUser } from "../../../access/assignable-user";
import { notifyNewOwner } from "./assign-lead";
import { leadData, lockLeadContactPoints, requireReachable, rescoreLead, scoreOf, tagIfDoNotContact, type LeadFields } from "./lead-fields";
import { assertNoDuplicateLead, findLeadInScope, leadSelect, publishLeadUpdated, storedContactPoints, withMoney } from "./lead-record";
import { recordActivity } from "../activities";

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

  const { lead: written, announce } = await auditedTransaction(async (tx) => {
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

  const lead = await rescoreLead(actor, written);
  await announce?.();
  await publishLeadUpdated(lead, { organizationId, change: "created" });
  return withMoney(lead);
}

const statusLabel = (status: string) => status.replaceAll("_", " ");

export interface UpdateLeadInput extends Partial<LeadFields> {
  actor: Actor;
  id: string;
}

/**
 * Changes a lead's fields. A status change is recorded on the timeline (status_change, with
 * from/to) and every change recomputes the score and announces lead:updated after commit.
 */
export async function updateLead({ actor, id, ...changes }: UpdateLeadInput) {
  const contact = storedContactPoints(changes);
  const data = {
    ...leadData(changes),
    ...(changes.email !== undefined ? { email: contact.email } : {}),
    ...(changes.phone !== undefined ? { phone: contact.phone } : {}),
  };
  const { organizationId } = actor;

  const { lead: written, previousStatus } = await auditedTransaction(async (tx) => {
    const touchesContactPoints = data.email !== undefined || data.phone !== undefined;
    if (touchesContactPoints) await lockLeadContactPoints(tx, organizationId);
    const current = await findLeadInScope(actor, id, leadSelect, tx);
    const next = { ...withMoney(current), ...data };
    requireReachable(next.email, next.phone);
    if (touchesContactPoints) {
      await assertNoDuplicateLead({ organizationId, email: data.email, phone: data.phone, exceptId: current.id }, tx);
      next.tags = await tagIfDoNotContact(tx, { organizationId, email: data.email, phone: data.phone, tags: next.tags });
    }
    const updated = await tx.lead.update({
      where: { id: current.id },
      data: { ...data, tags: next.tags, score: scoreOf(next) },
      select: leadSelect,
    });
    if (data.status && data.status !== current.status) {
      await recordActivity(tx, {
        actor,
        type: "status_change",
        title: `Status changed from ${statusLabel(current.status)} to ${statusLabel(data.status)}`,
        leadId: current.id,
        metadata: { from: current.status, to: data.status },
      });
    }
    return { lead: updated, previousStatus: current.status };
  });
  const lead = await rescoreLead(actor, written);

  await publishLeadUpdated(lead, {
    organizationId,
    change: "updated",
    extra: lead.status !== previousStatus ? { previousStatus } : {},
  });
  return withMoney(lead);
}

/**
 * Moves a lead to the trash (crm:delete); crm.trash.restore brings it back with its timeline. A
 * converted lead's timeline, which its contact shares, is untouched.
 */
export async function deleteLead({ actor, id }: { actor: Actor; id: string }) {
  const lead = await findLeadInScope(actor, id, { id: true, name: true });
  await auditedTransaction((tx) => tx.lead.update({ where: { id: lead.id }, data: trashMark(actor), select: { id: true } }));
  await announceTrashChange(actor, "lead", lead.id, "deleted");
  return { id: lead.id, name: lead.name };
}
