import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { callerFor, createTestOrganization } from "../../testing";

const MINUTE = 60_000;

describe("settings.jobs", () => {
  it("runs task-due reminders now as the admin, recorded in job_runs and listed newest first, page by page", async () => {
    const org = await createTestOrganization();
    const admin = callerFor(org.users.admin);
    await db.task.create({
      data: { organizationId: org.organizationId, title: "Send the quote", assigneeId: org.users.agent.userId, dueAt: new Date(Date.now() - 5 * MINUTE) },
    });

    const run = await admin.settings.jobs.run({ job: "task-due-reminders" });
    expect(run).toMatchObject({ job: "task-due-reminders", status: "completed", result: { reminded: 1 } });
    const again = await admin.settings.jobs.run({ job: "task-due-reminders" });
    expect(again.result).toEqual({ reminded: 0 });
    await admin.settings.jobs.run({ job: "notifications-cleanup" });
    expect(await db.notification.count({ where: { organizationId: org.organizationId, type: "task_due" } })).toBe(1);

    const first = await admin.settings.jobs.list({ limit: 2 });
    expect(first.items.map((item) => [item.functionId, item.engine, item.status, item.triggeredById])).toEqual([
      ["notifications-cleanup-organization", "manual", "completed", org.users.admin.userId],
      ["task-due-reminders-organization", "manual", "completed", org.users.admin.userId],
    ]);
    expect(first).toMatchObject({ total: 3, totalCapped: false });
    const second = await admin.settings.jobs.list({ limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((item) => item.result)).toEqual([{ reminded: 1 }]);
    expect(second.nextCursor).toBeNull();
    expect((await admin.settings.jobs.list({ limit: 50, functionId: "notifications-cleanup-organization" })).items).toHaveLength(1);
  });

  it("shows an organization only its own runs, and only to admins", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization("Other");
    await callerFor(other.users.admin).settings.jobs.run({ job: "notifications-cleanup" });
    expect((await callerFor(org.users.admin).settings.jobs.list({ limit: 50 })).items).toEqual([]);
    await expect(callerFor(org.users.manager).settings.jobs.list({ limit: 50 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(org.users.manager).settings.jobs.run({ job: "task-due-reminders" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("names the jobs that can be run when given another", async () => {
    const org = await createTestOrganization();
    const error = await callerFor(org.users.admin)
      .settings.jobs.run({ job: "reindex-everything" as "task-due-reminders" })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect((error as Error).message).toContain("must be one of notifications-cleanup, task-due-reminders, scores-recompute, insights");
  });

  it("runs the score recomputation and the insights now, through the services the schedule calls", async () => {
    const org = await createTestOrganization();
    const admin = callerFor(org.users.admin);
    const contact = await db.contact.create({ data: { organizationId: org.organizationId, ownerId: org.users.agent.userId, name: "Pat Client" } });
    await db.activity.create({ data: { organizationId: org.organizationId, contactId: contact.id, type: "call", title: "Call" } });

    const scores = await admin.settings.jobs.run({ job: "scores-recompute" });
    expect(scores.result).toEqual({ contacts: 1, policies: 0, leads: 0, opportunities: 0, crossedIntoAtRisk: 0, notified: 0 });
    expect(await db.storedScore.count({ where: { organizationId: org.organizationId, entityId: contact.id } })).toBe(2);

    const insights = await admin.settings.jobs.run({ job: "insights" });
    expect(insights.result).toMatchObject({ generated: 1 });
    expect(await admin.copilot.latestInsights({ entityType: "contact", entityId: contact.id })).toMatchObject({ entityId: contact.id, provider: "offline" });
    // The next run reads only activity logged since this one.
    expect((await admin.settings.jobs.run({ job: "insights" })).result).toMatchObject({ generated: 0 });

    const listed = await admin.settings.jobs.list({ limit: 50 });
    expect(listed.items.map((item) => item.functionId)).toEqual(["insights-organization", "insights-organization", "scores-recompute-organization"]);
  });
});
