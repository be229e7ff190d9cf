import {
  addOpportunityActivity,
  createOpportunity,
  getOpportunity,
  listOpportunities,
  moveOpportunityStage,
  pipelineForecast,
  pipelineStageStats,
  updateOpportunity,
} from "../../services/crm/opportunities";
import { createTRPCRouter, requirePermission } from "../../trpc";
import {
  addOpportunityActivityInput,
  createOpportunityInput,
  forecastInput,
  listOpportunitiesInput,
  moveStageInput,
  opportunityIdInput,
  stageStatsInput,
  updateOpportunityInput,
} from "./opportunities.schema";

const read = requirePermission("crm:read");
const write = requirePermission("crm:write").meta({ access: "crm:write", auditEntity: "opportunity" });

export const opportunitiesRouter = createTRPCRouter({
  /** Filters (all, hot, at-risk, closing-soon) are defined in services/crm/opportunities/opportunity-filters.ts. */
  list: read.input(listOpportunitiesInput).query(({ ctx, input }) => listOpportunities({ actor: ctx.actor, ...input })),

  /** The opportunity with its stage history and timeline. */
  get: read.input(opportunityIdInput).query(({ ctx, input }) => getOpportunity({ actor: ctx.actor, id: input.id })),

  /** Probability starts at the stage's baseline (services/crm/opportunities/stage-probability.ts). */
  create: write.input(createOpportunityInput).mutation(({ ctx, input }) => createOpportunity({ actor: ctx.actor, ...input })),

  /** Details only; the stage moves through moveStage. */
  update: write.input(updateOpportunityInput).mutation(({ ctx, input }) => updateOpportunity({ actor: ctx.actor, ...input })),

  /** Returns the opportunity with its new probability; records stage history and a stage_change activity. */
  moveStage: write.input(moveStageInput).mutation(({ ctx, input }) => moveOpportunityStage({ actor: ctx.actor, ...input })),

  addActivity: requirePermission("crm:write")
    .meta({ access: "crm:write", auditEntity: "activity" })
    .input(addOpportunityActivityInput)
    .mutation(({ ctx, input }) => addOpportunityActivity({ actor: ctx.actor, ...input })),

  /** `{ totalPipeline, weightedForecast, dealsClosingThisMonth, monthlyForecast, openDeals, month }` over open deals. */
  forecast: read.input(forecastInput).query(({ ctx, input }) => pipelineForecast({ actor: ctx.actor, ...(input?.timeZone ? { timeZone: input.timeZone } : {}) })),

  /** Per stage `{ stage, count, totalValue, avgProbability, avgDaysInStage }`, every stage in pipeline order. */
  stageStats: read.input(stageStatsInput).query(({ ctx }) => pipelineStageStats({ actor: ctx.actor })),
});
