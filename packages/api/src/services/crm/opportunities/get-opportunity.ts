import { db } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { requireId, within } from "../../../access/organization-scope";
import { notFound } from "../../../errors";
import { listTimeline } from "../activities";
import { storedScoresOf } from "../record-scores";
import { opportunitySelect, toOpportunity } from "./opportunity-select";

/** An opportunity with its stored probability score, its stage history (oldest first) and its timeline (newest first). */
export async function getOpportunity({ actor, id }: { actor: Actor; id: string }) {
  const opportunity = await db.opportunity.findFirst({
    where: within(ownedRecordScope(actor), { id: requireId(id) }),
    select: {
      ...opportunitySelect,
      stageChanges: {
        select: { id: true, fromStage: true, toStage: true, probability: true, changedAt: true, changedBy: { select: { id: true, name: true } } },
        orderBy: [{ changedAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!opportunity) throw notFound("Opportunity");
  const [timeline, stored] = await Promise.all([
    listTimeline({ organizationId: actor.organizationId, on: { opportunityId: opportunity.id } }),
    storedScoresOf(actor, "opportunity", [opportunity.id]),
  ]);
  const { stageChanges, ...rest } = opportunity;
  return { ...toOpportunity(rest), scores: { probability: stored.get(opportunity.id)?.probability ?? null }, stageHistory: stageChanges, timeline };
}
