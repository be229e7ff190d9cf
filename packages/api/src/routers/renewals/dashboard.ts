import { renewalBatchStatus, renewalStats, renewalTrends } from "../../services/renewals/dashboard";
import { createTRPCRouter, requirePermission } from "../../trpc";
import { batchStatusInput, batchStatusOutput, dashboardStatsInput, dashboardStatsOutput, dashboardTrendsInput, dashboardTrendsOutput } from "./dashboard.schema";

// The renewals dashboard: SQL aggregates over the cases in the caller's scope.
const read = requirePermission("renewals:read");

export const dashboardRouter = createTRPCRouter({
  /** Cards over the cases whose renewal date falls in the range; lost = status failed. */
  stats: read.input(dashboardStatsInput).output(dashboardStatsOutput).query(({ ctx, input }) => renewalStats({ actor: ctx.actor, ...input })),

  /** Per day or week: cases opened, renewed and lost, and the share renewed of those closed. */
  trends: read.input(dashboardTrendsInput).output(dashboardTrendsOutput).query(({ ctx, input }) => renewalTrends({ actor: ctx.actor, ...input })),

  batchStatus: read.input(batchStatusInput).output(batchStatusOutput).query(({ ctx, input }) => renewalBatchStatus({ actor: ctx.actor, ...input })),
});
