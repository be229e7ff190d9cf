export { claimEffects } from "./job-effects";
export { errorMessage, finishAbandonedJobRun, MANUAL_RUN_LIMIT_MS, settleAbandonedJobRuns, startJobRun, updateJobRun, type JobRunEngine, type StartJobRunInput, type UpdateJobRunInput } from "./job-runs";
export { jobRunSelect, listJobRuns, type ListJobRunsInput } from "./list-job-runs";
export { remindDueTasks, TASK_DUE_REMINDERS_FUNCTION_ID, taskDueEffectKey } from "./remind-due-tasks";
export { runJobNow, runnableJobNames, type RunnableJobName } from "./run-job-now";
export { contactAtRiskEffectKey, notifyContactsAtRisk, recomputeScoresNow, SCORES_RECOMPUTE_FUNCTION_ID } from "./score-recompute";
