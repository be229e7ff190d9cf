import { appointmentChanged, appointmentScheduled } from "@harbor/api/events";
import type { Json } from "@harbor/api/jobs";
import { appointmentReminders, reminderWindow, sendAppointmentReminder } from "@harbor/api/services/calendar/appointments/index";
import { defineOrganizationJob } from "./organization-job";

// Reminders 1 day, 1 hour and 15 minutes before an appointment: the run sleeps until each, then
// sends it in a step. A move or cancellation sends appointment.changed, which cancels the run
// (Inngest cancelOn; the embedded runner cancels queued and sleeping runs the same way) before
// a new run is scheduled for the new time. The send step re-reads the appointment, so a run that
// a cancellation reached late still reminds no one of a moved or cancelled appointment.

export const appointmentRemindersJob = defineOrganizationJob({
  id: "calendar-appointment-reminders",
  name: "Calendar: remind of an appointment 1 day, 1 hour and 15 minutes before",
  event: appointmentScheduled,
  cancelOn: { event: appointmentChanged, match: "data.appointmentId" },
  systemActor: "jobs.calendar.appointment-reminders",
  handler: async ({ event, step, actor }) => {
    const { appointmentId } = event.data;
    const startAt = new Date(event.data.startAt);
    const scheduledAt = new Date(event.data.scheduledAt);
    const outcomes: Record<string, Json> = {};
    for (const { key } of appointmentReminders) {
      // Always sleep then decide in the step (a past time resumes at once): the steps a run takes
      // do not depend on when it replays. The step skips a reminder whose moment has passed.
      await step.sleepUntil(`wait-${key}`, reminderWindow(startAt, key).remindAt);
      outcomes[key] = await step.run(`remind-${key}`, () => sendAppointmentReminder({ actor, appointmentId, startAt, scheduledAt, reminder: key, now: new Date() }));
    }
    return outcomes;
  },
});
