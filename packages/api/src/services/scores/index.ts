export { contactScoreInput } from "./contact-scores";
export { leadScoreInput } from "./lead-scores";
export { opportunityScoreInput } from "./opportunity-scores";
export { policyScoreInput } from "./policy-scores";
export { readScores, type StoredScoreView } from "./read-scores";
export {
  DEFAULT_SCORE_BATCH,
  recomputeOrganizationScores,
  rescoreContacts,
  rescoreLeads,
  rescoreOpportunities,
  rescorePolicies,
  scoreKinds,
  type CrossedIntoAtRiskHandler,
  type RecomputeResult,
  type ScoreKindGroup,
} from "./recompute-scores";
export type { ScoreEntityType, StoredScoreKind } from "./write-scores";
