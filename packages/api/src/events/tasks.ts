import { eventType } from "inngest";
import { z } from "zod";

/** Fan-out of the task-due scan: one event per organization and scan. */
export const taskDueRemindersRequested = eventType("harbor/tasks.due-reminders.requested", {
  schema: z.object({
    organizationId: z.uuid(),
    /** Tasks due at or before this instant (and not yet reminded) are reminded. */
    before: z.iso.datetime(),
  }),
});
