import { db } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { recordActivity } from "../activities";
import { leadData, lockLeadContactPoints, requireReachable, scoreOf, tagIfDoNotContact, type LeadFields } from "./lead-fields";
import { assertNoDuplicateLead, findLeadInScope, leadSelect, publishLeadUpdated, storedContactPoints, withMoney } from "./lead-record";

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

  const { lead, previousStatus } = await db.$transaction(async (tx) => {
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

  await publishLeadUpdated(lead, {
    organizationId,
    change: "updated",
    extra: lead.status !== previousStatus ? { previousStatus } : {},
  });
  return withMoney(lead);
}

/** Deletes a lead and its timeline (crm:delete); opportunities and tasks keep existing without it. */
export async function deleteLead({ actor, id }: { actor: Actor; id: string }) {
  const lead = await findLeadInScope(actor, id, { id: true, name: true, kind: true, status: true, score: true, ownerId: true });
  await db.lead.delete({ where: { id: lead.id } });
  await publishLeadUpdated(lead, { organizationId: actor.organizationId, change: "deleted" });
  return { id: lead.id, name: lead.name };
}
