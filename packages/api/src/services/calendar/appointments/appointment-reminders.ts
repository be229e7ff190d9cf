import { db } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope } from "../../../access/record-scope";
import { createNotifications } from "../../notifications/notify";
import { claimEffects } from "../../jobs/job-effects";
import { attendeesOf } from "./appointment-select";
import { remindsInStatus } from "./write-appointment";

const MINUTE = 60_000;

/** The reminders, earliest first. Each is worth sending until the next one (or the start) is due. */
export const appointmentReminders = [
  { key: "1d", before: 24 * 60 * MINUTE, label: "in 1 day" },
  { key: "1h", before: 60 * MINUTE, label: "in 1 hour" },
  { key: "15m", before: 15 * MINUTE, label: "in 15 minutes" },
] as const;

export type AppointmentReminderKey = (typeof appointmentReminders)[number]["key"];

export function reminderWindow(startAt: Date, key: AppointmentReminderKey): { remindAt: Date; until: Date } {
  const index = appointmentReminders.findIndex((reminder) => reminder.key === key);
  const next = appointmentReminders[index + 1];
  return {
    remindAt: new Date(startAt.getTime() - appointmentReminders[index]!.before),
    until: new Date(startAt.getTime() - (next?.before ?? 0)),
  };
}

export const appointmentReminderEffectKey = (appointmentId: string, startAt: Date, key: AppointmentReminderKey) =>
  `appointment-reminder:${appointmentId}:${startAt.getTime()}:${key}`;

export interface SendAppointmentReminderInput {
  actor: Actor;
  appointmentId: string;
  /** The start the reminder was scheduled for: a moved appointment is reminded by its new run. */
  startAt: Date;
  reminder: AppointmentReminderKey;
  now: Date;
}

/**
 * Notifies the owner and the attendees who are users, once per appointment, start and reminder.
 * Skips (and says why) an appointment deleted, cancelled, moved, or whose reminder came too late.
 */
export async function sendAppointmentReminder({ actor, appointmentId, startAt, reminder, now }: SendAppointmentReminderInput): Promise<{ sent: number; skipped: string | null }> {
  const { organizationId } = organizationScope(actor);
  const appointment = await db.appointment.findFirst({
    where: { organizationId, id: appointmentId },
    select: { id: true, title: true, startAt: true, status: true, ownerId: true, attendees: true, priority: true },
  });
  if (!appointment) return { sent: 0, skipped: "appointment deleted" };
  if (!remindsInStatus(appointment.status)) return { sent: 0, skipped: `appointment ${appointment.status}` };
  if (appointment.startAt.getTime() !== startAt.getTime()) return { sent: 0, skipped: "appointment moved" };
  if (now.getTime() >= reminderWindow(startAt, reminder).until.getTime()) return { sent: 0, skipped: "too late" };

  const label = appointmentReminders.find((entry) => entry.key === reminder)!.label;
  const userIds = [...new Set([appointment.ownerId, ...attendeesOf(appointment.attendees).flatMap((attendee) => (attendee.userId ? [attendee.userId] : []))])];
  const { sent, announce } = await db.$transaction(async (tx) => {
    const claimed = await claimEffects(tx, organizationId, [appointmentReminderEffectKey(appointment.id, startAt, reminder)]);
    if (claimed.size === 0) return { sent: 0, announce: async () => undefined };
    const { notifications, announce } = await createNotifications(
      tx,
      userIds.map((userId) => ({
        organizationId,
        userId,
        type: "appointment_reminder",
        title: `${appointment.title} ${label}`,
        message: `Starts ${startAt.toISOString().slice(0, 16).replace("T", " ")} UTC`,
        priority: appointment.priority,
        actionUrl: `/calendar?appointment=${appointment.id}`,
        data: { appointmentId: appointment.id, reminder },
        expiresAt: new Date(startAt.getTime() + 24 * 60 * MINUTE),
      })),
    );
    return { sent: notifications.length, announce };
  });
  await announce();
  return { sent, skipped: sent === 0 ? "already sent" : null };
}
