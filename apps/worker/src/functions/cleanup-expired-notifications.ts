import { systemActor } from "@harbor/api";
import { inngest, notificationsCleanupRequested } from "@harbor/api/events";
import { deleteExpiredNotifications, listOrganizationIds } from "@harbor/api/services/notifications/delete-expired";
import { cron } from "inngest";

// Daily cleanup of expired notifications (spec 003). The cron only fans out, one event per
// organization; each organization's cleanup then runs, retries and is observed on its own.

export const scheduleNotificationCleanup = inngest.createFunction(
  {
    id: "notifications-cleanup-schedule",
    name: "Notifications: schedule daily cleanup",
    triggers: [cron("TZ=UTC 15 3 * * *")],
  },
  async ({ step }) => {
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
);

export const cleanupExpiredNotifications = inngest.createFunction(
  {
    id: "notifications-cleanup-organization",
    name: "Notifications: delete an organization's expired notifications",
    triggers: [notificationsCleanupRequested],
    concurrency: { limit: 5 },
  },
  async ({ event, step }) => {
    const { organizationId, before } = event.data;
    return step.run("delete-expired", () =>
      deleteExpiredNotifications({
        actor: systemActor(organizationId, "jobs.notifications.cleanup"),
        now: new Date(before),
      }),
    );
  },
);
