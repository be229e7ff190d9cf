import { copilotAnalyzeMessage, copilotCompose, copilotInsights, copilotMapHeaders, copilotQuery } from "../../services/copilot/ai-features";
import { latestRecordInsights } from "../../services/copilot/record-insights";
import { requirePermission } from "../../trpc";
import {
  analyzeMessageInput,
  analyzeMessageOutput,
  composeInput,
  composeOutput,
  insightsInput,
  insightsOutput,
  latestInsightsInput,
  latestInsightsOutput,
  mapHeadersInput,
  mapHeadersOutput,
  queryInput,
  queryOutput,
} from "./ai-features.schema";

// Each goes through the AI runtime (feature switch, rate limit, provider) in its service.
const use = requirePermission("copilot:use", { auditEntity: "ai_request" });

export const aiFeatureProcedures = {
  mapHeaders: use.input(mapHeadersInput).output(mapHeadersOutput).mutation(({ ctx, input }) => copilotMapHeaders({ actor: ctx.actor, ...input })),

  query: use.input(queryInput).output(queryOutput).query(({ ctx, input }) => copilotQuery({ actor: ctx.actor, ...input })),

  compose: use.input(composeInput).output(composeOutput).mutation(({ ctx, input }) => copilotCompose({ actor: ctx.actor, ...input })),

  analyzeMessage: use.input(analyzeMessageInput).output(analyzeMessageOutput).mutation(({ ctx, input }) => copilotAnalyzeMessage({ actor: ctx.actor, ...input })),

  insights: use.input(insightsInput).output(insightsOutput).query(({ ctx, input }) => copilotInsights({ actor: ctx.actor, ...input })),

  /** What the hourly insights job stored: shown at once, without a model call. */
  latestInsights: use.input(latestInsightsInput).output(latestInsightsOutput).query(({ ctx, input }) => latestRecordInsights({ actor: ctx.actor, ...input })),
};
