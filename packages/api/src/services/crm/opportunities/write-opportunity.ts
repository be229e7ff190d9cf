import { dealProbability } from "@harbor/ai";
import { announceTrashChange, trashMark } from "../trash";
import { auditedTransaction } from "../../audit";
import { db, type OpportunityStage, type Priority, type Prisma } from "@harbor/db";
import { recordStageChange } from "./record-stage-change";
import type { Actor } from "../../../access/actor";
import { publish } from "../../../realtime";
import { assertAssignableUser } from "../../../access/assignable-user";
import { assertLinksInReach } from "../linked-records";
import { findOpportunityInScope } from "./opportunity-record";
import { opportunitySelect, toOpportunity } from "./opportunity-select";
import { rescoreOpportunities } from "../../scores";
import { isClosedStage } from "./stage-probability";

export interface OpportunityFields {
  title: string;
  value?: number;
  expectedCloseDate?: Date | null;
  priority?: Priority;
  description?: string | null;
  competitor?: string | null;
  tags?: string[];
  riskFactors?: string[];
  positiveSignals?: string[];
  contactId?: string | null;
  leadId?: string | null;
  ownerId?: string;
}

/**
 * Creates an opportunity at a stage (prospect by default) with the formula's probability (the
 * stage's baseline plus its signals, risks and competitor; a new deal has no activity yet); the
 * history starts there, and the stored score is written after commit.
 */
export async function createOpportunity({ actor, stage = "prospect", ...fields }: OpportunityFields & { actor: Actor; stage?: OpportunityStage }) {
  const ownerId = fields.ownerId ?? (actor.kind === "user" ? actor.userId : undefined);
  if (ownerId) await assertAssignableUser(actor, ownerId, "ownerId");
  await assertLinksInReach(actor, fields);
  const now = new Date();
  const formula = dealProbability(
    { stage, positiveSignals: fields.positiveSignals ?? [], riskFactors: fields.riskFactors ?? [], competitor: fields.competitor, activitiesLast7Days: 0 },
    now,
  );
  const probability = formula.score;
  const opportunity = await auditedTransaction(async (tx) => {
    const created = await tx.opportunity.create({
      data: {
        ...fields,
        title: fields.title.trim(),
        organizationId: actor.organizationId,
        ownerId: ownerId ?? null,
        stage,
        probability,
        probabilityConfidence: formula.confidence,
        stageEnteredAt: now,
        closedAt: isClosedStage(stage) ? now : null,
      },
      select: opportunitySelect,
    });
    await recordStageChange(tx, { actor, organizationId: actor.organizationId, opportunityId: created.id, fromStage: null, toStage: stage, probability, changedAt: now });
    return created;
  });
  const result = toOpportunity(opportunity);
  await rescoreOpportunities({ actor, ids: [result.id] });
  // Boards add the new card from this event; oldStage equals the stage it was created in.
  await announceOpportunity(actor, result, result.stage, "created");
  return result;
}

/** Publishes the board's view of an opportunity after a committed change. */
export function announceOpportunity(
  actor: Actor,
  opportunity: { id: string; title: string; stage: OpportunityStage; probability: number; value: number; ownerId: string | null; contactId: string | null },
  oldStage: OpportunityStage,
  change: "created" | "updated" | "stage_changed",
) {
  return publish({
    name: "opportunity:updated",
    userIds: opportunity.ownerId ? [opportunity.ownerId] : [],
    organizationId: actor.organizationId,
    data: {
      change,
      id: opportunity.id,
      title: opportunity.title,
      stage: opportunity.stage,
      oldStage,
      newStage: opportunity.stage,
      probability: opportunity.probability,
      value: opportunity.value,
      ownerId: opportunity.ownerId,
      contactId: opportunity.contactId,
    },
  });
}

/** Moves an opportunity to the trash (crm:delete); its stage history and timeline stay with it. */
export async function deleteOpportunity({ actor, id }: { actor: Actor; id: string }) {
  const existing = await findOpportunityInScope(actor, id, { id: true });
  await auditedTransaction((tx) => tx.opportunity.update({ where: { id: existing.id }, data: trashMark(actor), select: { id: true } }));
  await announceTrashChange(actor, "opportunity", existing.id, "deleted");
  return { id: existing.id };
}

/** Updates an opportunity's details; the stage changes only through moveStage, which keeps the history. */
export async function updateOpportunity({ actor, id, ...changes }: Partial<OpportunityFields> & { actor: Actor; id: string }) {
  const existing = await findOpportunityInScope(actor, id, { id: true, ownerId: true });
  if (changes.ownerId !== undefined && changes.ownerId !== existing.ownerId) await assertAssignableUser(actor, changes.ownerId, "ownerId");
  await assertLinksInReach(actor, changes);
  const data: Prisma.OpportunityUncheckedUpdateInput = { ...changes, ...(changes.title !== undefined ? { title: changes.title.trim() } : {}) };
  await auditedTransaction((tx) => tx.opportunity.update({ where: { id: existing.id }, data, select: { id: true } }));
  // Signals, risks and the competitor move the probability: rescore, then read the row as stored.
  await rescoreOpportunities({ actor, ids: [existing.id] });
  const opportunity = toOpportunity(await db.opportunity.findUniqueOrThrow({ where: { id: existing.id }, select: opportunitySelect }));
  await announceOpportunity(actor, opportunity, opportunity.stage, "updated");
  return opportunity;
}
