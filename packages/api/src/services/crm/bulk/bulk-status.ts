import type { LeadStatus, OpportunityStage, PolicyStatus, TaskStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { rescoreLeads } from "../../scores";
import { moveOpportunityStages } from "../opportunities";
import { recordTimeline } from "./bulk-records";
import type { BulkEntity, BulkSelection } from "./bulk-selection";
import { runBulk } from "./run-bulk";

type StatusOf = { lead: LeadStatus; opportunity: OpportunityStage; task: TaskStatus; policy: PolicyStatus };

export type BulkSetStatusInput = { [Entity in keyof StatusOf]: { actor: Actor; entity: Entity; selection: BulkSelection; status: StatusOf[Entity] } }[keyof StatusOf];

const statusLabel = (status: string) => status.replaceAll("_", " ");

/**
 * Sets the lead status, deal stage, task status or policy status of the selected records, as the
 * single-record paths do: a lead's change on its timeline and its score recomputed, a deal's stage
 * move with its history and probability (moveOpportunityStages), a task's completion time.
 */
export async function bulkSetStatus(input: BulkSetStatusInput) {
  const { actor, selection } = input;
  return runBulk({
    actor,
    entity: input.entity satisfies BulkEntity,
    selection,
    change: input.entity === "opportunity" ? "stage_changed" : "updated",
    work: async (tx, rows) => {
      const moving = rows.filter((row) => row.status !== input.status);
      const changedIds = moving.map((row) => row.id);
      const where = { organizationId: actor.organizationId, id: { in: changedIds } };
      if (changedIds.length === 0) return { changedIds };
      switch (input.entity) {
        case "lead": {
          await tx.lead.updateMany({ where, data: { status: input.status } });
          await recordTimeline(
            tx,
            actor,
            "lead",
            "status_change",
            moving.map((row) => ({ id: row.id, title: `Status changed from ${statusLabel(row.status ?? "")} to ${statusLabel(input.status)}`, metadata: { from: row.status, to: input.status } })),
          );
          return { changedIds, afterCommit: () => rescoreLeads({ actor, ids: changedIds }) };
        }
        case "opportunity":
          return moveOpportunityStages(tx, { actor, ids: changedIds, stage: input.status });
        case "task": {
          const completedAt = input.status === "completed" ? new Date() : null;
          await tx.task.updateMany({ where, data: { status: input.status, completedAt } });
          return { changedIds };
        }
        case "policy":
          await tx.policy.updateMany({ where, data: { status: input.status } });
          return { changedIds };
      }
    },
  });
}
