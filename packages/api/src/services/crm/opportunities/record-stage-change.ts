import type { OpportunityStage, Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";

type StageChangeWriter = Pick<Prisma.TransactionClient, "opportunityStageChange">;

export interface StageChangeInput {
  actor: Actor;
  organizationId: string;
  opportunityId: string;
  /** null when the opportunity is created in `toStage`. */
  fromStage: OpportunityStage | null;
  toStage: OpportunityStage;
  probability: number;
  changedAt?: Date;
}

/** The stage history row every stage an opportunity enters gets, whether created, moved or converted into. */
export async function recordStageChange(writer: StageChangeWriter, { actor, organizationId, opportunityId, fromStage, toStage, probability, changedAt }: StageChangeInput) {
  await writer.opportunityStageChange.create({
    data: {
      organizationId,
      opportunityId,
      changedById: actor.kind === "user" ? actor.userId : null,
      fromStage,
      toStage,
      probability,
      ...(changedAt ? { changedAt } : {}),
    },
  });
}
