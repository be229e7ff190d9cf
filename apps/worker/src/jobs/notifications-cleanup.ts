import { notificationsCleanupRequested } from "@harbor/api/events";
import { deleteExpiredNotifications, NOTIFICATIONS_CLEANUP_FUNCTION_ID } from "@harbor/api/services/notifications/delete-expired";
import { defineFanOutCronJob } from "./fan-out";
import { defineOrganizationJob } from "./organization-job";

// Daily cleanup of expired notifications (spec 003). The cron only fans out, one event per
// organization; each organization's cleanup then runs, retries and is observed on its own.

export const notificationsCleanupSchedule = defineFanOutCronJob({
  id: "notifications-cleanup-schedule",
  name: "Notifications: schedule daily cleanup",
  cron: "TZ=UTC 15 3 * * *",
  fanOutStep: "fan-out-cleanup",
  eventFor: (organizationId, before) =>
    notificationsCleanupRequested.create({ organizationId, before }, { id: `notifications-cleanup-${organizationId}-${before.slice(0, 10)}` }),
});

export const notificationsCleanup = defineOrganizationJob({
  id: NOTIFICATIONS_CLEANUP_FUNCTION_ID,
  name: "Notifications: delete an organization's expired notifications",
  event: notificationsCleanupRequested,
  concurrency: 5,
  systemActor: "jobs.notifications.cleanup",
  handler: async ({ event, step, actor }) => step.run("delete-expired", () => deleteExpiredNotifications({ actor, now: new Date(event.data.before) })),
});
