import { eventType } from "inngest";
import { z } from "zod";

/** An appointment (re)scheduled: starts its reminders 1 day, 1 hour and 15 minutes before. */
export const appointmentScheduled = eventType("harbor/calendar.appointment.scheduled", {
  schema: z.object({
    organizationId: z.uuid(),
    appointmentId: z.uuid(),
    startAt: z.iso.datetime(),
  }),
});

/** An appointment moved, cancelled or otherwise changed: cancels the reminders scheduled before. */
export const appointmentChanged = eventType("harbor/calendar.appointment.changed", {
  schema: z.object({
    organizationId: z.uuid(),
    appointmentId: z.uuid(),
  }),
});
