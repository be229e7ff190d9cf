import { createEventInput } from "../../../routers/calendar/events.schema";
import { createAppointment } from "../../calendar/appointments";
import { defineTool, type CopilotTool } from "./tool-registry";
import { isoDateArg } from "./write-tools";

// scheduleAppointment stands for calendar.events.create: the same schema with the model's ISO
// dates, a 30-minute meeting when no end is given, the same service (ownership, linked records
// in reach, reminders scheduled after commit).

const DEFAULT_MINUTES = 30;

export const scheduleAppointmentArgs = createEventInput
  .extend({ startAt: isoDateArg, endAt: isoDateArg.optional() })
  .transform(({ endAt, ...args }) => ({ ...args, endAt: endAt ?? new Date(args.startAt.getTime() + DEFAULT_MINUTES * 60_000) }));

export const calendarTools: CopilotTool[] = [
  defineTool({
    name: "scheduleAppointment",
    description:
      "Book an appointment on the user's calendar (title, startAt and optional endAt as ISO 8601 date-times with offset; 30 minutes when no end), optionally with a contact, lead or opportunity.",
    parameters: scheduleAppointmentArgs,
    permission: "calendar:write",
    refusal: "schedule appointments",
    auditEntity: "appointment",
    async run(args, actor) {
      const appointment = await createAppointment({ actor, ...args });
      return {
        result: { appointment: { id: appointment.id, title: appointment.title, startAt: appointment.startAt.toISOString(), endAt: appointment.endAt.toISOString(), status: appointment.status } },
        action: { kind: "scheduled", entityType: "appointment", entityId: appointment.id, label: `Scheduled ${appointment.title}` },
      };
    },
  }),
];
