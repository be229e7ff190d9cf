import { db } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { requireId, within } from "../../../access/organization-scope";
import { notFound } from "../../../errors";
import { listTimeline } from "../activities";
import { opportunitySelect, toOpportunity } from "./opportunity-select";

/** An opportunity with its stage history (oldest first) and its timeline (newest first). */
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
  const timeline = await listTimeline({ organizationId: actor.organizationId, on: { opportunityId: opportunity.id } });
  const { stageChanges, ...rest } = opportunity;
  return { ...toOpportunity(rest), stageHistory: stageChanges, timeline };
}
