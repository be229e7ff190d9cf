import type { Prisma } from "@harbor/db";
import { summarySelect } from "../../summary-select";

// A type, not an interface: it is stored as JSON, and only type aliases are assignable to Prisma's JSON input.
export type AppointmentAttendee = {
  name?: string;
  email?: string;
  /** A user of the organization, who is reminded with the owner. */
  userId?: string;
};

export const appointmentSelect = {
  id: true,
  organizationId: true,
  ownerId: true,
  title: true,
  description: true,
  type: true,
  startAt: true,
  endAt: true,
  location: true,
  meetingLink: true,
  status: true,
  priority: true,
  contactId: true,
  leadId: true,
  opportunityId: true,
  attendees: true,
  createdAt: true,
  updatedAt: true,
  owner: summarySelect,
  contact: summarySelect,
  lead: summarySelect,
  opportunity: { select: { id: true, title: true } },
} satisfies Prisma.AppointmentSelect;

export type AppointmentRecord = Prisma.AppointmentGetPayload<{ select: typeof appointmentSelect }>;

export function toAppointment(record: AppointmentRecord) {
  return { ...record, attendees: attendeesOf(record.attendees) };
}

/** Attendees as stored (JSON written only by this service); anything else in the column is ignored. */
export function attendeesOf(value: Prisma.JsonValue): AppointmentAttendee[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) return [];
    const { name, email, userId } = entry as Record<string, unknown>;
    return [
      {
        ...(typeof name === "string" ? { name } : {}),
        ...(typeof email === "string" ? { email } : {}),
        ...(typeof userId === "string" ? { userId } : {}),
      },
    ];
  });
}
