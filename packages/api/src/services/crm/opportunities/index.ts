export { addOpportunityActivity, opportunityActivityTypes, type OpportunityActivityType } from "./add-opportunity-activity";
export { getOpportunity } from "./get-opportunity";
export { listOpportunities, opportunitySorts, type OpportunitySort } from "./list-opportunities";
export { moveOpportunityStage } from "./move-stage";
export { recordStageChange, type StageChangeInput } from "./record-stage-change";
export { opportunityFilterRules, opportunityFilters, type OpportunityFilter } from "./opportunity-filters";
export { pipelineForecast, pipelineStageStats } from "./get-pipeline-stats";
export { isClosedStage, isOpenStage, openStages, opportunityStages, stageLabel, stageProbability } from "./stage-probability";
export { createOpportunity, deleteOpportunity, updateOpportunity, type OpportunityFields } from "./write-opportunity";
