import { systemActor } from "@harbor/api";
import { notificationsCleanupRequested } from "@harbor/api/events";
import { defineCronJob, defineEventJob } from "@harbor/api/jobs";
import { deleteExpiredNotifications, listOrganizationIds } from "@harbor/api/services/notifications/delete-expired";

// Daily cleanup of expired notifications (spec 003). The cron only fans out, one event per
// organization; each organization's cleanup then runs, retries and is observed on its own.

export const notificationsCleanupSchedule = defineCronJob({
  id: "notifications-cleanup-schedule",
  name: "Notifications: schedule daily cleanup",
  cron: "TZ=UTC 15 3 * * *",
  handler: async ({ step }) => {
    const organizationIds = await step.run("list-organizations", () => listOrganizationIds());
    const before = new Date().toISOString();
    if (organizationIds.length === 0) return { organizations: 0 };
    await step.sendEvent(
      "fan-out-cleanup",
      organizationIds.map((organizationId) =>
        notificationsCleanupRequested.create({ organizationId, before }, { id: `notifications-cleanup-${organizationId}-${before.slice(0, 10)}` }),
      ),
    );
    return { organizations: organizationIds.length };
  },
});

export const notificationsCleanup = defineEventJob({
  id: "notifications-cleanup-organization",
  name: "Notifications: delete an organization's expired notifications",
  event: notificationsCleanupRequested,
  concurrency: 5,
  handler: async ({ event, step }) => {
    const { organizationId, before } = event.data;
    return step.run("delete-expired", () =>
      deleteExpiredNotifications({ actor: systemActor(organizationId, "jobs.notifications.cleanup"), now: new Date(before) }),
    );
  },
});
