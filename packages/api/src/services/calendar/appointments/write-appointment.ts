import { auditedTransaction } from "../../audit";
import { db, type AppointmentStatus, type AppointmentType, type Priority } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { requireId, within } from "../../../access/organization-scope";
import { fieldError, notFound } from "../../../errors";
import { appointmentChanged, appointmentScheduled } from "../../../events/calendar";
import { sendEventsAfterCommit } from "../../../jobs/send-events";
import { assertAssignableUser } from "../../../access/assignable-user";
import { appointmentScope } from "../../../access/scopes/appointment-scope";
import { assertContactable, assertPersonContactable, type OutreachChannel } from "../../crm/dnc";
import { assertLinksInReach } from "../../crm/linked-records";
import { appointmentSelect, attendeesOf, toAppointment, type AppointmentAttendee, type AppointmentRecord } from "./appointment-select";

// Appointments are owned like CRM records (an agent books for themselves, a manager for their
// team, an admin for anyone: access/assignable-user.ts), may relate to records the actor can see, and start
// their reminders through the jobs client after commit: a move or a cancellation first cancels
// the reminders scheduled before (appointment.changed), then schedules new ones if still due.

export interface AppointmentFields {
  title: string;
  description?: string | null;
  type?: AppointmentType;
  startAt: Date;
  endAt: Date;
  location?: string | null;
  meetingLink?: string | null;
  status?: AppointmentStatus;
  priority?: Priority;
  contactId?: string | null;
  leadId?: string | null;
  opportunityId?: string | null;
  attendees?: AppointmentAttendee[];
}

export type CreateAppointmentInput = AppointmentFields & { actor: Actor; ownerId?: string };

export async function createAppointment({ actor, ownerId, ...fields }: CreateAppointmentInput) {
  const owner = ownerId ?? (actor.kind === "user" ? actor.userId : undefined);
  if (!owner) throw fieldError("ownerId", "An appointment made by the system needs an owner");
  if (owner !== (actor.kind === "user" ? actor.userId : undefined)) await assertAssignableUser(actor, owner, "ownerId");
  assertTimes(fields.startAt, fields.endAt);
  await assertLinksAndAttendeesInReach(actor, fields);
  await assertPeopleContactable(actor, fields);
  const appointment = await auditedTransaction((tx) => tx.appointment.create({
    data: {
      organizationId: actor.organizationId,
      ownerId: owner,
      ...fields,
      attendees: fields.attendees ?? [],
    },
    select: appointmentSelect,
  }));
  await scheduleReminders(appointment, { cancelEarlier: false });
  return toAppointment(appointment);
}

export type UpdateAppointmentInput = Partial<AppointmentFields> & { actor: Actor; id: string; ownerId?: string };

export async function updateAppointment({ actor, id, ownerId, ...fields }: UpdateAppointmentInput) {
  const current = await findInScope(actor, id);
  if (ownerId && ownerId !== current.ownerId) await assertAssignableUser(actor, ownerId, "ownerId");
  assertTimes(fields.startAt ?? current.startAt, fields.endAt ?? current.endAt, fields.endAt ? "endAt" : "startAt");
  await assertLinksAndAttendeesInReach(actor, fields);
  if (fields.contactId !== undefined || fields.leadId !== undefined || fields.type !== undefined || fields.attendees !== undefined) {
    await assertPeopleContactable(actor, {
      type: fields.type ?? current.type,
      contactId: fields.contactId === undefined ? current.contactId : fields.contactId,
      leadId: fields.leadId === undefined ? current.leadId : fields.leadId,
      attendees: fields.attendees ?? attendeesOf(current.attendees),
    });
  }
  const appointment = await auditedTransaction((tx) => tx.appointment.update({
    where: { id: current.id },
    data: {
      ...fields,
      ...(ownerId ? { ownerId } : {}),
      ...(fields.attendees ? { attendees: fields.attendees } : {}),
    },
    select: appointmentSelect,
  }));
  const moved = appointment.startAt.getTime() !== current.startAt.getTime() || appointment.status !== current.status || appointment.ownerId !== current.ownerId;
  if (moved) await scheduleReminders(appointment, { cancelEarlier: true });
  return toAppointment(appointment);
}

export async function cancelAppointment({ actor, id }: { actor: Actor; id: string }) {
  const current = await findInScope(actor, id);
  if (current.status === "cancelled") return toAppointment(current);
  const appointment = await auditedTransaction((tx) => tx.appointment.update({ where: { id: current.id }, data: { status: "cancelled" }, select: appointmentSelect }));
  await scheduleReminders(appointment, { cancelEarlier: true });
  return toAppointment(appointment);
}

/** Whether reminders are sent for an appointment in this status. */
export const remindsInStatus = (status: AppointmentStatus) => status === "scheduled" || status === "confirmed";

async function scheduleReminders(appointment: AppointmentRecord, { cancelEarlier }: { cancelEarlier: boolean }) {
  const key = `${appointment.id}-${appointment.updatedAt.getTime()}`;
  const ids = { organizationId: appointment.organizationId, appointmentId: appointment.id };
  if (cancelEarlier) await sendEventsAfterCommit([appointmentChanged.create(ids, { id: `appointment-changed-${key}` })]);
  if (remindsInStatus(appointment.status) && appointment.startAt.getTime() > Date.now()) {
    await sendEventsAfterCommit([appointmentScheduled.create({ ...ids, startAt: appointment.startAt.toISOString(), scheduledAt: appointment.updatedAt.toISOString() }, { id: `appointment-scheduled-${key}` })]);
  }
}

async function findInScope(actor: Actor, id: string) {
  const appointment = await db.appointment.findFirst({ where: within(appointmentScope(actor), { id: requireId(id) }), select: appointmentSelect });
  if (!appointment) throw notFound("Appointment");
  return appointment;
}

function assertTimes(startAt: Date, endAt: Date, field: "startAt" | "endAt" = "endAt") {
  if (endAt.getTime() <= startAt.getTime()) throw fieldError(field, "The appointment must end after it starts");
}

/** How an appointment of each type reaches the contact or lead it is with; internal and personal ones reach nobody. */
const outreachOf: Record<AppointmentType, OutreachChannel | null> = { call: "phone", meeting: "any", demo: "any", follow_up: "any", internal: null, personal: null };

/** Booking contact with someone on the do-not-contact list (the contact, the lead or an invited address) is refused. */
async function assertPeopleContactable(actor: Actor, { type, contactId, leadId, attendees }: Partial<AppointmentFields>) {
  const channel = outreachOf[type ?? "meeting"];
  if (!channel) return;
  await assertPersonContactable({ organizationId: actor.organizationId, contactId, channel, field: "contactId" });
  await assertPersonContactable({ organizationId: actor.organizationId, leadId, channel, field: "leadId" });
  const invited = (attendees ?? []).flatMap((attendee) => (attendee.userId || !attendee.email ? [] : [attendee.email]));
  await assertContactable({ organizationId: actor.organizationId, emails: invited, field: "attendees" });
}

async function assertLinksAndAttendeesInReach(actor: Actor, { contactId, leadId, opportunityId, attendees }: Partial<AppointmentFields>) {
  await assertLinksInReach(actor, { contactId, leadId, opportunityId });
  const userIds = [...new Set((attendees ?? []).flatMap((attendee) => (attendee.userId ? [attendee.userId] : [])))];
  if (userIds.length > 0) {
    const found = await db.user.count({ where: { organizationId: actor.organizationId, id: { in: userIds } } });
    if (found !== userIds.length) throw fieldError("attendees", "An attendee's userId is not a user of the organization");
  }
}
