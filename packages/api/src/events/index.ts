export { appointmentChanged, appointmentScheduled } from "./calendar";
export { inngest } from "./client";
export { notificationsCleanupRequested } from "./notifications";
export { taskDueRemindersRequested } from "./tasks";
export { insightsRequested, opportunityActivityRecorded, scoresRecomputeRequested } from "./scores";
export { renewalBatchApplyRequested, renewalsOpenDueRequested } from "./renewals";
export { leadImportApplyRequested } from "./leads";
