import { eventType } from "inngest";
import { z } from "zod";

/** Fan-out of the daily cleanup: one event per organization, so each is retried on its own. */
export const notificationsCleanupRequested = eventType("harbor/notifications.cleanup.requested", {
  schema: z.object({
    organizationId: z.uuid(),
    /** Notifications that expired at or before this instant are deleted. */
    before: z.iso.datetime(),
  }),
});
