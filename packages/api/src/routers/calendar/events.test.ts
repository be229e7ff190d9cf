import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { callerFor, useTestOrganization } from "../../testing";
import { agentWithContact, fieldErrorsOf, useAddedUser } from "../../testing/pipeline-fixtures";

const HOUR = 60 * 60 * 1000;
const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * HOUR);
const booking = (overrides: Record<string, unknown> = {}) => ({ title: "Policy review", startAt: at(48), endAt: at(49), ...overrides });

// With no Inngest server configured (tests), events go to the embedded runner's table.
const eventsFor = (appointmentId: string) =>
  db.jobEvent.findMany({ where: { data: { path: ["appointmentId"], equals: appointmentId } }, orderBy: { seq: "asc" }, select: { name: true, data: true } });

describe("calendar.events", () => {
  const org = useTestOrganization();
  const otherAgent = useAddedUser(org, "agent");

  it("creates an appointment owned by the caller, linked to a contact it can see, and schedules its reminders", async () => {
    const { agent, contact } = await agentWithContact(org, { name: "Maria Garcia" });
    const created = await agent.calendar.events.create(
      booking({ type: "demo", contactId: contact.id, meetingLink: "https://meet.example.com/abc", attendees: [{ name: "Maria", email: "maria@example.com" }] }),
    );
    expect(created).toMatchObject({ ownerId: org.users.agent.userId, type: "demo", status: "scheduled", contact: { id: contact.id, name: "Maria Garcia" } });
    expect(created).not.toHaveProperty("organizationId");
    const events = await eventsFor(created.id);
    expect(events.map((event) => event.name)).toEqual(["harbor/calendar.appointment.scheduled"]);
    expect(events[0]!.data).toMatchObject({ organizationId: org.organizationId, appointmentId: created.id, startAt: created.startAt.toISOString() });
    const audit = await db.auditLog.findFirst({ where: { organizationId: org.organizationId, action: "calendar.events.create", entityId: created.id } });
    expect(audit?.entityType).toBe("appointment");
  });

  it("lists what overlaps a range, earliest first, page by page, each agent seeing their own", async () => {
    const agent = callerFor(org.users.agent);
    const base = 24 * 10;
    for (const offset of [3, 1, 2]) await agent.calendar.events.create(booking({ title: `Range ${offset}`, startAt: at(base + offset), endAt: at(base + offset + 0.5) }));
    await callerFor(otherAgent).calendar.events.create(booking({ title: "Someone else's", startAt: at(base + 1), endAt: at(base + 2) }));
    await agent.calendar.events.create(booking({ title: "Outside the range", startAt: at(base + 30), endAt: at(base + 31) }));

    const range = { from: at(base), to: at(base + 24) };
    const first = await agent.calendar.events.list({ ...range, limit: 2 });
    expect(first.items.map((item) => item.title)).toEqual(["Range 1", "Range 2"]);
    expect(first).toMatchObject({ total: 3, totalCapped: false });
    const second = await agent.calendar.events.list({ ...range, limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((item) => item.title)).toEqual(["Range 3"]);
    expect(second.nextCursor).toBeNull();

    const admin = await callerFor(org.users.admin).calendar.events.list({ ...range });
    expect(admin.items.map((item) => item.title)).toEqual(["Range 1", "Someone else's", "Range 2", "Range 3"]);
  });

  it("refuses an end before the start and a range the wrong way round, naming the field", async () => {
    const agent = callerFor(org.users.agent);
    const error = await agent.calendar.events.create(booking({ endAt: at(47) })).catch((caught: unknown) => caught);
    expect(fieldErrorsOf(error)).toEqual({ endAt: ["The appointment must end after it starts"] });
    const listError = await agent.calendar.events.list({ from: at(2), to: at(1) }).catch((caught: unknown) => caught);
    expect(listError).toMatchObject({ code: "BAD_REQUEST" });
  });

  it("hides another agent's appointment and refuses to book for someone else", async () => {
    const mine = await callerFor(org.users.agent).calendar.events.create(booking());
    await expect(callerFor(otherAgent).calendar.events.get({ id: mine.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(otherAgent).calendar.events.cancel({ id: mine.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(org.users.viewer).calendar.events.create(booking())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(org.users.agent).calendar.events.create(booking({ ownerId: otherAgent.userId }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const forAgent = await callerFor(org.users.admin).calendar.events.create(booking({ ownerId: otherAgent.userId }));
    expect(forAgent.ownerId).toBe(otherAgent.userId);
  });

  it("moving an appointment cancels its reminders and schedules new ones; cancelling only cancels", async () => {
    const agent = callerFor(org.users.agent);
    const created = await agent.calendar.events.create(booking());
    const newStart = at(72);
    const moved = await agent.calendar.events.update({ id: created.id, startAt: newStart, endAt: at(73) });
    expect(moved.startAt).toEqual(newStart);
    // A change that does not move it leaves its reminders alone.
    const retitled = await agent.calendar.events.update({ id: created.id, title: "Renamed" });
    expect(retitled.title).toBe("Renamed");
    const cancelled = await agent.calendar.events.cancel({ id: created.id });
    expect(cancelled.status).toBe("cancelled");

    expect((await eventsFor(created.id)).map((event) => event.name)).toEqual([
      "harbor/calendar.appointment.scheduled",
      "harbor/calendar.appointment.changed",
      "harbor/calendar.appointment.scheduled",
      "harbor/calendar.appointment.changed",
    ]);
    const get = await agent.calendar.events.get({ id: created.id });
    expect(get).toMatchObject({ title: "Renamed", status: "cancelled" });
  });
});
