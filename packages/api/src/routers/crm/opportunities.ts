import {
  addOpportunityActivity,
  createOpportunity,
  exportOpportunities,
  deleteOpportunity,
  getOpportunity,
  listOpportunities,
  moveOpportunityStage,
  pipelineForecast,
  pipelineStageStats,
  updateOpportunity,
} from "../../services/crm/opportunities";
import { csvExportOutput } from "../shared.schema";
import { createTRPCRouter, crmRecordProcedures, requirePermission, serve, serveActor } from "../../trpc";
import {
  addOpportunityActivityInput,
  createOpportunityInput,
  exportOpportunitiesInput,
  forecastInput,
  forecastOutput,
  listOpportunitiesInput,
  listOpportunitiesOutput,
  moveStageInput,
  moveStageOutput,
  opportunityDetailOutput,
  opportunityIdInput,
  opportunityOutput,
  stageStatsInput,
  stageStatsOutput,
  updateOpportunityInput,
} from "./opportunities.schema";
import { deletedOutput } from "../shared.schema";
import { activityOutput } from "./record-fields.schema";

const { read, write, remove, exportList } = crmRecordProcedures("opportunity");

export const opportunitiesRouter = createTRPCRouter({
  /** Filters (all, hot, at-risk, closing-soon) are defined in services/crm/opportunities/opportunity-filters.ts. */
  list: read.input(listOpportunitiesInput).output(listOpportunitiesOutput).query(serve(listOpportunities)),

  /** The list as CSV (formula cells neutralized), at most 10,000 rows, with the list's filters and sort; audited. */
  export: exportList.input(exportOpportunitiesInput).output(csvExportOutput).mutation(serve(exportOpportunities)),

  /** The opportunity with its stage history and timeline. */
  get: read.input(opportunityIdInput).output(opportunityDetailOutput).query(serve(getOpportunity)),

  /** Probability starts at the stage's baseline (services/crm/opportunities/stage-probability.ts). */
  create: write.input(createOpportunityInput).output(opportunityOutput).mutation(serve(createOpportunity)),

  /** Details only; the stage moves through moveStage. */
  update: write.input(updateOpportunityInput).output(opportunityOutput).mutation(serve(updateOpportunity)),

  /** Moves the opportunity to the trash (crm.trash.restore brings it back). */
  delete: remove.input(opportunityIdInput).output(deletedOutput).mutation(serve(deleteOpportunity)),

  /** Returns the opportunity with its new probability; records stage history and a stage_change activity. */
  moveStage: write.input(moveStageInput).output(moveStageOutput).mutation(serve(moveOpportunityStage)),

  addActivity: requirePermission("crm:write", { auditEntity: "activity" }).input(addOpportunityActivityInput).output(activityOutput).mutation(serve(addOpportunityActivity)),

  /** Totals over open deals, and the deals expected to close this calendar month. */
  forecast: read
    .input(forecastInput)
    .output(forecastOutput)
    .query(({ ctx, input }) => pipelineForecast({ actor: ctx.actor, ...(input?.timeZone ? { timeZone: input.timeZone } : {}) })),

  /** Every stage in pipeline order with its count, value, average probability and days in stage. */
  stageStats: read.input(stageStatsInput).output(stageStatsOutput).query(serveActor(pipelineStageStats)),
});
