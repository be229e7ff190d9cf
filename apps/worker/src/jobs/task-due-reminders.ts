import { taskDueRemindersRequested } from "@harbor/api/events";
import { remindDueTasks, TASK_DUE_REMINDERS_FUNCTION_ID } from "@harbor/api/services/jobs/index";
import { defineFanOutCronJob } from "./fan-out";
import { defineOrganizationJob } from "./organization-job";

// Task-due reminders: every 5 minutes the cron fans out one scan per organization; each scan
// notifies the assignees of tasks whose due time has come, once per task and due time
// (services/jobs/remind-due-tasks.ts), so a retried or repeated scan reminds no one twice.

export const taskDueRemindersSchedule = defineFanOutCronJob({
  id: "task-due-reminders-schedule",
  name: "Tasks: schedule due-time reminders",
  cron: "TZ=UTC */5 * * * *",
  fanOutStep: "fan-out-scans",
  // One scan per organization and minute.
  eventFor: (organizationId, before) =>
    taskDueRemindersRequested.create({ organizationId, before }, { id: `task-due-reminders-${organizationId}-${before.slice(0, 16)}` }),
});

export const taskDueReminders = defineOrganizationJob({
  id: TASK_DUE_REMINDERS_FUNCTION_ID,
  name: "Tasks: remind assignees of tasks now due",
  event: taskDueRemindersRequested,
  concurrency: 5,
  systemActor: "jobs.tasks.due-reminders",
  handler: async ({ event, step, actor }) => step.run("remind-due-tasks", () => remindDueTasks({ actor, now: new Date(event.data.before) })),
});
