import type { JobDefinition } from "@harbor/api/jobs";
import { appointmentRemindersJob } from "./appointment-reminders";
import { leadImportApply } from "./lead-imports";
import { insightsSchedule, recordInsights } from "./record-insights";
import { notificationsCleanup, notificationsCleanupSchedule } from "./notifications-cleanup";
import { renewalBatchApply, renewalsOpenDue, renewalsOpenDueSchedule } from "./renewals";
import { opportunityRescore, scoresRecompute, scoresRecomputeSchedule } from "./scores-recompute";
import { taskDueReminders, taskDueRemindersSchedule } from "./task-due-reminders";

/** Every job the worker runs, on whichever engine: the Inngest dashboard lists exactly these. */
export const jobs: JobDefinition[] = [
  notificationsCleanupSchedule,
  notificationsCleanup,
  taskDueRemindersSchedule,
  taskDueReminders,
  appointmentRemindersJob,
  scoresRecomputeSchedule,
  scoresRecompute,
  opportunityRescore,
  insightsSchedule,
  recordInsights,
  renewalsOpenDueSchedule,
  renewalsOpenDue,
  renewalBatchApply,
  leadImportApply,
];
