import { db } from "@harbor/db";
import { live } from "../../access/scopes/live-record";
import type { Actor } from "../../access/actor";
import { organizationScope } from "../../access/organization-scope";
import { publish } from "../../realtime";
import { createNotifications } from "../notifications/notify";
import { recomputeOrganizationScores, type RecomputeResult } from "../scores";
import { claimEffects } from "./job-effects";

// The nightly recomputation's effects beyond the scores: a contact that crossed into at risk is
// announced to its owner, once per crossing. The claim key holds the recompute's instant, so a
// retried step or a second delivery of the same night's event notifies no one twice, and a later
// crossing (after the contact recovered) is announced again.

/** The worker function that recomputes one organization's scores (job_runs.functionId). */
export const SCORES_RECOMPUTE_FUNCTION_ID = "scores-recompute-organization";

export const contactAtRiskEffectKey = (contactId: string, crossedAt: Date) => `contact-at-risk:${contactId}:${crossedAt.getTime()}`;

export async function notifyContactsAtRisk({ actor, contactIds, crossedAt }: { actor: Actor; contactIds: string[]; crossedAt: Date }): Promise<{ notified: number }> {
  const { organizationId } = organizationScope(actor);
  if (contactIds.length === 0) return { notified: 0 };
  const contacts = await db.contact.findMany({
    where: { organizationId, id: { in: contactIds }, ownerId: { not: null }, ...live },
    select: { id: true, name: true, ownerId: true, healthScore: true, churnRisk: true },
  });
  const { notified, announce } = await db.$transaction(async (tx) => {
    const claimed = await claimEffects(tx, organizationId, contacts.map((contact) => contactAtRiskEffectKey(contact.id, crossedAt)));
    const fresh = contacts.filter((contact) => claimed.has(contactAtRiskEffectKey(contact.id, crossedAt)));
    const { announce } = await createNotifications(
      tx,
      fresh.map((contact) => ({
        organizationId,
        userId: contact.ownerId!,
        type: "contact_at_risk",
        title: "Client at risk",
        message: `${contact.name} is now at risk (health ${contact.healthScore}, churn risk ${contact.churnRisk}).`,
        priority: "high" as const,
        actionUrl: `/crm/contacts/${contact.id}`,
        data: { contactId: contact.id },
      })),
    );
    return { notified: fresh, announce };
  });
  await announce();
  await publish(
    notified.map((contact) => ({
      name: "contact:at_risk" as const,
      userIds: [contact.ownerId!],
      data: { id: contact.id, name: contact.name, healthScore: contact.healthScore, churnRisk: contact.churnRisk },
    })),
  );
  return { notified: notified.length };
}

/** The whole recomputation at once, as an admin runs it from settings (the job splits it into steps). */
export async function recomputeScoresNow({ actor, now }: { actor: Actor; now: Date }) {
  const result: RecomputeResult = await recomputeOrganizationScores({ actor, now });
  const { notified } = await notifyContactsAtRisk({ actor, contactIds: result.crossedIntoAtRisk, crossedAt: now });
  return { contacts: result.contacts, policies: result.policies, leads: result.leads, opportunities: result.opportunities, crossedIntoAtRisk: result.crossedIntoAtRisk.length, notified };
}
