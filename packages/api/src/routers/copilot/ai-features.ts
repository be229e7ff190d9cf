import { copilotAnalyzeMessage, copilotCompose, copilotInsights, copilotMapHeaders, copilotQuery } from "../../services/copilot/ai-features";
import { latestRecordInsights } from "../../services/copilot/record-insights";
import { requirePermission, serve } from "../../trpc";
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
  mapHeaders: use.input(mapHeadersInput).output(mapHeadersOutput).mutation(serve(copilotMapHeaders)),

  query: use.input(queryInput).output(queryOutput).query(serve(copilotQuery)),

  compose: use.input(composeInput).output(composeOutput).mutation(serve(copilotCompose)),

  analyzeMessage: use.input(analyzeMessageInput).output(analyzeMessageOutput).mutation(serve(copilotAnalyzeMessage)),

  insights: use.input(insightsInput).output(insightsOutput).query(serve(copilotInsights)),

  /** What the hourly insights job stored: shown at once, without a model call. */
  latestInsights: use.input(latestInsightsInput).output(latestInsightsOutput).query(serve(latestRecordInsights)),
};
