import { readAiEnv, type AiEnv } from "./env";
import { createGeminiProvider } from "./gemini-provider";
import { createOfflineProvider } from "./offline-provider";
import type { AiProvider } from "./provider";

/** Gemini when a key is configured, the deterministic offline provider otherwise. */
export function createAiProvider(env: AiEnv = readAiEnv()): AiProvider {
  if (!env.GEMINI_API_KEY) return createOfflineProvider();
  return createGeminiProvider({
    apiKey: env.GEMINI_API_KEY,
    model: env.GEMINI_MODEL,
    ...(env.GEMINI_BASE_URL ? { baseUrl: env.GEMINI_BASE_URL } : {}),
  });
}

export { AiServiceError, type AiServiceErrorIssue, type AiServiceErrorReason } from "./ai-service-error";
export { aiEnvSchema, DEFAULT_GEMINI_MODEL, readAiEnv, type AiEnv } from "./env";
export { createGeminiProvider, type GeminiProviderOptions } from "./gemini-provider";
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
