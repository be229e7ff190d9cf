import { readAiEnv, type AiEnv } from "./env";
import { createGeminiProvider } from "./gemini-provider";
import { createOfflineProvider } from "./offline-provider";
import type { AiProvider } from "./provider";

export interface AiProviderOverrides {
  /** The organization's chosen model (its AI settings); GEMINI_MODEL when absent. */
  model?: string | null;
}

/** Gemini when a key is configured, the deterministic offline provider otherwise. */
export function createAiProvider(env: AiEnv = readAiEnv(), overrides: AiProviderOverrides = {}): AiProvider {
  if (!env.GEMINI_API_KEY) return createOfflineProvider();
  return createGeminiProvider({
    apiKey: env.GEMINI_API_KEY,
    model: overrides.model?.trim() || env.GEMINI_MODEL,
    ...(env.GEMINI_BASE_URL ? { baseUrl: env.GEMINI_BASE_URL } : {}),
  });
}

export { AiServiceError, type AiServiceErrorIssue, type AiServiceErrorReason } from "./ai-service-error";
export { aiEnvSchema, DEFAULT_GEMINI_MODEL, readAiEnv, type AiEnv } from "./env";
export {
  createGeminiProvider,
  DEFAULT_GEMINI_RETRY,
  type GeminiProviderOptions,
  type GeminiRetryOptions,
} from "./gemini-provider";
export { analyzeMessage, type AnalyzeMessageInput, type MessageAnalysis } from "./capabilities/analyze-message";
export {
  COMPOSE_TONES,
  composeMessage,
  type ComposedMessage,
  type ComposeMessageInput,
  type ComposeTone,
} from "./capabilities/compose-message";
export {
  generateInsights,
  type GenerateInsightsInput,
  type Insight,
  type RecordInsights,
  type RecordScore,
  type ScoreFactor,
} from "./capabilities/generate-insights";
export { mapHeaders, matchHeaders, type FieldKind, type HeaderMapping, type MapHeadersInput, type MappableField } from "./capabilities/map-headers";
export { INTENTS as MESSAGE_INTENTS, type MessageIntent, type SentimentLabel, type Urgency } from "./capabilities/message-signals";
export {
  parseQuery,
  QUERY_INTENTS,
  type ParsedQuery,
  type ParseQueryInput,
  type QueryEntity,
  type QueryFilters,
  type QueryIntent,
} from "./capabilities/parse-query";
export type { RecordFact, Source, WithProvider } from "./capabilities/shared";
export { summarizeRecord, type SummarizeRecordInput } from "./capabilities/summarize-record";
export { fillPlaceholders, writeRenewalBrief, type RenewalBriefInput } from "./capabilities/write-renewal-brief";
export { findMoment, findRange, type DateContext, type DateRange, type ParsedMoment } from "./dates/date-phrases";
export { toJsonSchema, type JsonSchema } from "./json-schema";
export { createOfflineProvider, OFFLINE_MODEL, summarizeOffline } from "./offline-provider";
export type {
  AiFunctionCall,
  AiFunctionResponse,
  AiMessage,
  AiPart,
  AiProvider,
  AiProviderName,
  AiRole,
  AiUsage,
  GenerateObjectOptions,
  GenerateRequest,
  GenerateResult,
  ToolDeclaration,
} from "./provider";
export {
  atRiskRule,
  bandFor,
  bandThresholds,
  churnRisk,
  churnRiskWeights,
  contactHealth,
  contactHealthWeights,
  dealConfidence,
  dealProbability,
  dealProbabilityWeights,
  isAtRisk,
  leadScore,
  leadScoreWeights,
  netSentiment,
  renewalRisk,
  renewalRiskWeights,
  scoreBand,
  stageBaseline,
} from "./scoring";
export type {
  ChurnBand,
  ContactScoreInput,
  DealProbability,
  DealProbabilityInput,
  Factor,
  FactorDirection,
  HealthBand,
  LeadBand,
  LeadKindInput,
  LeadScoreInput,
  LeadStatusInput,
  OpportunityStageInput,
  PaymentStatus,
  PolicyStatusInput,
  ProbabilityBand,
  RenewalRiskBand,
  RenewalRiskInput,
  Score,
  ScoreConfidence,
  ScoreKindName,
} from "./scoring";
