import { createTestOrganization } from "@harbor/api/testing";
import { cancelAppointment, createAppointment } from "@harbor/api/services/calendar/appointments/index";
import { db } from "@harbor/db";
import { InngestTestEngine } from "@inngest/test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EmbeddedRunner } from "../engine/embedded/runner";
import { toInngestFunction } from "../engine/inngest-functions";
import { appointmentRemindersJob } from "./appointment-reminders";
import { jobs } from ".";

const MINUTE = 60_000;
const reminderFunction = toInngestFunction(appointmentRemindersJob);

afterEach(() => {
  vi.useRealTimers();
});

/**
 * Runs the reminders on Inngest's test engine. Sleeps are not run by it: each sleep step is
 * mocked by id and moves the clock to the time the run would wake at.
 */
function runReminders(event: { organizationId: string; appointmentId: string; startAt: Date; scheduledAt: Date }, wakeAt: Record<string, Date>) {
  vi.useFakeTimers({ toFake: ["Date"], now: event.scheduledAt });
  return new InngestTestEngine({ function: reminderFunction }).execute({
    events: [
      {
        name: "harbor/calendar.appointment.scheduled",
        data: { ...event, startAt: event.startAt.toISOString(), scheduledAt: event.scheduledAt.toISOString() },
      },
    ],
    steps: Object.entries(wakeAt).map(([id, at]) => ({ id, handler: () => vi.setSystemTime(at) })),
  });
}

describe("appointment reminders", () => {
  it("reminds the owner and the attendees who are users 1 day, 1 hour and 15 minutes before, once", async () => {
    const org = await createTestOrganization();
    const scheduledAt = new Date();
    const startAt = new Date(scheduledAt.getTime() + 3 * 24 * 60 * MINUTE);
    const appointment = await createAppointment({
      actor: org.users.agent,
      title: "Renewal review",
      startAt,
      endAt: new Date(startAt.getTime() + 30 * MINUTE),
      attendees: [{ userId: org.users.manager.userId }, { name: "Maria Garcia", email: "maria@example.com" }],
    });
    const event = { organizationId: org.organizationId, appointmentId: appointment.id, startAt, scheduledAt };
    const wakeAt = {
      "wait-1d": new Date(startAt.getTime() - 24 * 60 * MINUTE),
      "wait-1h": new Date(startAt.getTime() - 60 * MINUTE),
      "wait-15m": new Date(startAt.getTime() - 15 * MINUTE + 5_000),
    };
    const { result } = await runReminders(event, wakeAt);
    expect(result).toEqual({ "1d": { sent: 2, skipped: null }, "1h": { sent: 2, skipped: null }, "15m": { sent: 2, skipped: null } });

    const notifications = await db.notification.findMany({ where: { organizationId: org.organizationId, type: "appointment_reminder" }, orderBy: { createdAt: "asc" } });
    expect(notifications.map((notification) => [notification.userId, notification.title])).toEqual(
      expect.arrayContaining([
        [org.users.agent.userId, "Renewal review in 1 day"],
        [org.users.manager.userId, "Renewal review in 1 day"],
        [org.users.agent.userId, "Renewal review in 15 minutes"],
      ]),
    );
    expect(notifications).toHaveLength(6);

    // The same run delivered again (a retried step, a duplicate event) sends nothing more.
    const retried = await runReminders(event, wakeAt);
    expect(retried.result).toEqual({
      "1d": { sent: 0, skipped: "already sent" },
      "1h": { sent: 0, skipped: "already sent" },
      "15m": { sent: 0, skipped: "already sent" },
    });
    expect(await db.notification.count({ where: { organizationId: org.organizationId, type: "appointment_reminder" } })).toBe(6);
  });

  it("sends nothing for an appointment moved or cancelled since the run was scheduled, nor a reminder already past at booking", async () => {
    const org = await createTestOrganization();
    const scheduledAt = new Date();
    const startAt = new Date(scheduledAt.getTime() + 2 * 60 * MINUTE);
    const appointment = await createAppointment({ actor: org.users.agent, title: "Call", type: "call", startAt, endAt: new Date(startAt.getTime() + 15 * MINUTE) });
    const wakeAt = { "wait-1d": scheduledAt, "wait-1h": new Date(startAt.getTime() - 60 * MINUTE), "wait-15m": new Date(startAt.getTime() - 15 * MINUTE) };

    const moved = await runReminders({ organizationId: org.organizationId, appointmentId: appointment.id, startAt: new Date(startAt.getTime() - MINUTE), scheduledAt }, wakeAt);
    expect(Object.values(moved.result as Record<string, { skipped: string }>).map((outcome) => outcome.skipped)).toEqual([
      "appointment moved",
      "appointment moved",
      "appointment moved",
    ]);

    const onTime = await runReminders({ organizationId: org.organizationId, appointmentId: appointment.id, startAt, scheduledAt }, wakeAt);
    expect(onTime.result).toMatchObject({ "1d": { sent: 0, skipped: "booked after the reminder time" }, "1h": { sent: 1 }, "15m": { sent: 1 } });

    vi.useRealTimers();
    await cancelAppointment({ actor: org.users.agent, id: appointment.id });
    const cancelled = await runReminders({ organizationId: org.organizationId, appointmentId: appointment.id, startAt, scheduledAt: new Date(scheduledAt.getTime() + 1) }, wakeAt);
    expect(cancelled.result).toMatchObject({ "15m": { sent: 0, skipped: "appointment cancelled" } });
  });

  it("on the embedded runner: schedules from the calendar service, wakes for the reminder, and a cancellation stops the run", async () => {
    const org = await createTestOrganization();
    const runner = new EmbeddedRunner({ jobs });
    const soon = new Date(Date.now() + 15 * MINUTE + 2_000);
    const booked = await createAppointment({ actor: org.users.agent, title: "Quick check-in", startAt: soon, endAt: new Date(soon.getTime() + 10 * MINUTE) });
    const later = new Date(Date.now() + 2 * 60 * MINUTE);
    const cancelled = await createAppointment({ actor: org.users.agent, title: "Demo", type: "demo", startAt: later, endAt: new Date(later.getTime() + 30 * MINUTE) });

    await runner.drain();
    const runOf = (appointmentId: string) =>
      db.jobQueue.findFirstOrThrow({ where: { functionId: "calendar-appointment-reminders", data: { path: ["appointmentId"], equals: appointmentId } } });
    expect((await runOf(booked.id)).status).toBe("queued");
    expect((await runOf(cancelled.id)).runAt.getTime()).toBe(later.getTime() - 60 * MINUTE);

    await cancelAppointment({ actor: org.users.agent, id: cancelled.id });
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await runner.drain();

    const cancelledRun = await runOf(cancelled.id);
    expect(cancelledRun.status).toBe("cancelled");
    expect(await db.jobRun.findUnique({ where: { runKey: cancelledRun.id }, select: { status: true } })).toEqual({ status: "cancelled" });
    const bookedRun = await runOf(booked.id);
    expect(await db.jobRun.findUnique({ where: { runKey: bookedRun.id } })).toMatchObject({
      status: "completed",
      result: {
        "1d": { sent: 0, skipped: "booked after the reminder time" },
        "1h": { sent: 0, skipped: "booked after the reminder time" },
        "15m": { sent: 1, skipped: null },
      },
    });
    const reminders = await db.notification.findMany({ where: { organizationId: org.organizationId, type: "appointment_reminder" }, select: { title: true, userId: true } });
    expect(reminders).toEqual([{ title: "Quick check-in in 15 minutes", userId: org.users.agent.userId }]);
  });
});
