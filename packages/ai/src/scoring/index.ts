export { churnRisk, churnRiskWeights } from "./churn-risk";
export { contactHealth, contactHealthWeights, netSentiment, type ContactScoreInput, type PaymentStatus } from "./contact-health";
export {
  dealConfidence,
  dealProbability,
  dealProbabilityWeights,
  stageBaseline,
  type DealProbability,
  type DealProbabilityInput,
  type OpportunityStageInput,
} from "./deal-probability";
export { leadScore, leadScoreWeights, type LeadKindInput, type LeadScoreInput, type LeadStatusInput } from "./lead-score";
export { renewalRisk, renewalRiskWeights, type PolicyStatusInput, type RenewalRiskInput } from "./renewal-risk";
export {
  atRiskRule,
  bandFor,
  bandThresholds,
  isAtRisk,
  scoreBand,
  type ChurnBand,
  type Factor,
  type FactorDirection,
  type HealthBand,
  type LeadBand,
  type ProbabilityBand,
  type RenewalRiskBand,
  type Score,
  type ScoreConfidence,
  type ScoreKindName,
} from "./score-types";
