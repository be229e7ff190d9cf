import { createTestOrganization, publishedEvents, useRealtimeStandIn } from "@harbor/api/testing";
import { db } from "@harbor/db";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { toInngestFunction } from "../engine/inngest-functions";
import { taskDueReminders, taskDueRemindersSchedule } from "./task-due-reminders";

const MINUTE = 60_000;
const reminderFunction = toInngestFunction(taskDueReminders);

const standIn = useRealtimeStandIn();

const published = (name: string) => publishedEvents(standIn).filter((event) => event.name === name);

const scan = (organizationId: string, before = new Date()) =>
  new InngestTestEngine({ function: reminderFunction }).execute({
    events: [{ name: "harbor/tasks.due-reminders.requested", data: { organizationId, before: before.toISOString() } }],
  });

describe("task-due reminders", () => {
  it("notifies the assignee of a task whose due time has come, once, however often the scan runs or retries", async () => {
    const org = await createTestOrganization();
    const agent = org.users.agent.userId;
    const now = Date.now();
    const task = (title: string, fields: Record<string, unknown>) =>
      db.task.create({ data: { organizationId: org.organizationId, title, assigneeId: agent, ...fields }, select: { id: true } });
    const due = await task("Call back the Garcias", { dueAt: new Date(now - 10 * MINUTE), priority: "high" });
    await task("Not yet due", { dueAt: new Date(now + 60 * MINUTE) });
    await task("Already done", { dueAt: new Date(now - 10 * MINUTE), status: "completed" });
    await task("Nobody's", { dueAt: new Date(now - 10 * MINUTE), assigneeId: null });
    await task("Long overdue before the worker ever ran", { dueAt: new Date(now - 30 * 24 * 60 * MINUTE) });

    const first = await scan(org.organizationId);
    expect(first.result).toEqual({ reminded: 1 });
    // The step retried (a second run of the same scan) and two scans at once: nothing more.
    const again = await Promise.all([scan(org.organizationId), scan(org.organizationId), scan(org.organizationId)]);
    expect(again.map((run) => run.result)).toEqual([{ reminded: 0 }, { reminded: 0 }, { reminded: 0 }]);

    const notifications = await db.notification.findMany({ where: { organizationId: org.organizationId, type: "task_due" } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ userId: agent, message: "Call back the Garcias", priority: "high", data: { taskId: due.id } });
    const dueEvents = published("task:due");
    expect(dueEvents.map((event) => [event.channels, event.data.id])).toEqual([[[`private-user-${agent}`], due.id]]);
    expect(published("notification:new").filter((event) => event.data.id === notifications[0]!.id)).toHaveLength(1);

    // Moved to a later due time, the task is reminded again when that time comes.
    const later = new Date(now + 5 * MINUTE);
    await db.task.update({ where: { id: due.id }, data: { dueAt: later } });
    expect((await scan(org.organizationId, new Date(now))).result).toEqual({ reminded: 0 });
    expect((await scan(org.organizationId, new Date(later.getTime() + MINUTE))).result).toEqual({ reminded: 1 });

    const runs = await db.jobRun.findMany({ where: { organizationId: org.organizationId, functionId: "task-due-reminders-organization" } });
    expect(runs.every((run) => run.status === "completed" && run.engine === "inngest")).toBe(true);
  });

  it("fans the scan out to every organization with one deterministic id per organization and minute", async () => {
    const org = await createTestOrganization();
    const engine = new InngestTestEngine({ function: toInngestFunction(taskDueRemindersSchedule) });
    const { result, ctx } = await engine.execute({ steps: [{ id: "fan-out-scans", handler: () => ({ ids: [] }) }] });
    expect(result).toEqual({ organizations: await db.organization.count() });
    const [, events] = (ctx.step.sendEvent as unknown as { mock: { calls: [string, { id: string; data: { organizationId: string } }[]][] } }).mock.calls[0]!;
    const mine = events.find((event) => event.data.organizationId === org.organizationId);
    expect(mine?.id).toMatch(new RegExp(`^task-due-reminders-${org.organizationId}-\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$`));
  });
});
