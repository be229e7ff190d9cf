import { auditedTransaction } from "../../audit";
import type { Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { createNotifications } from "../../notifications/notify";
import { recordActivity } from "../activities";
import { assertAssignableUser } from "../../../access/assignable-user";
import { findLeadInScope, leadSelect, publishLeadUpdated, withMoney } from "./lead-record";

/**
 * Tells a lead's new owner, inside the transaction that assigned it, unless they assigned it to
 * themselves. Returns the announcement to make after commit.
 */
export async function notifyNewOwner(
  tx: Prisma.TransactionClient,
  { actor, lead, ownerId }: { actor: Actor; lead: { id: string; name: string }; ownerId: string | null },
) {
  if (!ownerId || (actor.kind === "user" && actor.userId === ownerId)) return null;
  const { announce } = await createNotifications(tx, [
    {
      organizationId: actor.organizationId,
      userId: ownerId,
      type: "lead_assigned",
      title: "New lead assigned to you",
      message: `${actor.kind === "user" ? actor.name : "Harbor"} assigned ${lead.name} to you`,
      actionUrl: `/crm/leads/${lead.id}`,
      data: { leadId: lead.id },
    },
  ]);
  return announce;
}

/**
 * Gives a lead to another producer. Who may pick whom is the shared rule in access/assignable-user.ts: admins
 * anyone active in the organization, managers their team, agents only themselves — and agents
 * cannot even see, let alone reassign, a lead that is not theirs.
 */
export async function assignLead({ actor, id, ownerId }: { actor: Actor; id: string; ownerId: string }) {
  const current = await findLeadInScope(actor, id, { id: true, ownerId: true });
  await assertAssignableUser(actor, ownerId, "ownerId");
  if (current.ownerId === ownerId) return withMoney(await findLeadInScope(actor, id, leadSelect));

  const { lead, announce } = await auditedTransaction(async (tx) => {
    const updated = await tx.lead.update({ where: { id: current.id }, data: { ownerId }, select: leadSelect });
    await recordActivity(tx, {
      actor,
      type: "system",
      title: `Assigned to ${updated.owner?.name ?? "another producer"}`,
      leadId: updated.id,
      metadata: { fromOwnerId: current.ownerId, toOwnerId: ownerId },
    });
    return { lead: updated, announce: await notifyNewOwner(tx, { actor, lead: updated, ownerId }) };
  });

  await announce?.();
  await publishLeadUpdated(lead, { organizationId: actor.organizationId, change: "assigned", alsoTo: [current.ownerId], extra: { previousOwnerId: current.ownerId } });
  return withMoney(lead);
}
