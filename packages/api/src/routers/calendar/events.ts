import { cancelAppointment, createAppointment, getAppointment, listAppointments, updateAppointment } from "../../services/calendar/appointments";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import { createEventInput, eventIdInput, eventListOutput, eventOutput, listEventsInput, updateEventInput } from "./events.schema";

// Calendar events are appointments (services/calendar/appointments): owned records, so agents see
// their own, managers their team's, admins the organization's. Creating, moving and cancelling
// one schedules or cancels its reminders (1 day, 1 hour, 15 minutes before) in the worker.

export const eventsRouter = createTRPCRouter({
  /** Appointments overlapping [from, to), earliest first. */
  list: requirePermission("calendar:read")
    .input(listEventsInput)
    .output(eventListOutput)
    .query(serve(listAppointments)),

  get: requirePermission("calendar:read").input(eventIdInput).output(eventOutput).query(serve(getAppointment)),

  /** ownerId defaults to the caller; naming someone else follows the CRM's ownership rules. */
  create: requirePermission("calendar:write")
    .meta({ access: "calendar:write", auditEntity: "appointment" })
    .input(createEventInput)
    .output(eventOutput)
    .mutation(serve(createAppointment)),

  update: requirePermission("calendar:write")
    .meta({ access: "calendar:write", auditEntity: "appointment" })
    .input(updateEventInput)
    .output(eventOutput)
    .mutation(serve(updateAppointment)),

  cancel: requirePermission("calendar:write")
    .meta({ access: "calendar:write", auditEntity: "appointment" })
    .input(eventIdInput)
    .output(eventOutput)
    .mutation(serve(cancelAppointment)),
});
