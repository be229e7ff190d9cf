import { systemActor } from "@harbor/api";
import { taskDueRemindersRequested } from "@harbor/api/events";
import { defineCronJob, defineEventJob } from "@harbor/api/jobs";
import { remindDueTasks } from "@harbor/api/services/jobs/index";
import { listOrganizationIds } from "@harbor/api/services/notifications/delete-expired";

// Task-due reminders: every 5 minutes the cron fans out one scan per organization; each scan
// notifies the assignees of tasks whose due time has come, once per task and due time
// (services/jobs/remind-due-tasks.ts), so a retried or repeated scan reminds no one twice.

export const taskDueRemindersSchedule = defineCronJob({
  id: "task-due-reminders-schedule",
  name: "Tasks: schedule due-time reminders",
  cron: "TZ=UTC */5 * * * *",
  handler: async ({ step }) => {
    const organizationIds = await step.run("list-organizations", () => listOrganizationIds());
    const before = new Date().toISOString();
    if (organizationIds.length === 0) return { organizations: 0 };
    await step.sendEvent(
      "fan-out-scans",
      organizationIds.map((organizationId) =>
        // One scan per organization and minute: a replayed fan-out is ignored.
        taskDueRemindersRequested.create({ organizationId, before }, { id: `task-due-reminders-${organizationId}-${before.slice(0, 16)}` }),
      ),
    );
    return { organizations: organizationIds.length };
  },
});

export const taskDueReminders = defineEventJob({
  id: "task-due-reminders-organization",
  name: "Tasks: remind assignees of tasks now due",
  event: taskDueRemindersRequested,
  concurrency: 5,
  handler: async ({ event, step }) => {
    const { organizationId, before } = event.data;
    return step.run("remind-due-tasks", () =>
      remindDueTasks({ actor: systemActor(organizationId, "jobs.tasks.due-reminders"), now: new Date(before) }),
    );
  },
});
