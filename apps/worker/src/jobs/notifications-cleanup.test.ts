import { createTestOrganization } from "@harbor/api/testing";
import { db } from "@harbor/db";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { toInngestFunction } from "../engine/inngest-functions";
import { notificationsCleanup, notificationsCleanupSchedule } from "./notifications-cleanup";

const DAY = 24 * 60 * 60 * 1000;
const cleanupFunction = toInngestFunction(notificationsCleanup);

async function seedNotifications(organizationId: string, userId: string) {
  const now = Date.now();
  await db.notification.createMany({
    data: [
      { organizationId, userId, type: "task_due", title: "Expired", message: "old", expiresAt: new Date(now - DAY) },
      { organizationId, userId, type: "task_due", title: "Also expired", message: "old", expiresAt: new Date(now - 2 * DAY) },
      { organizationId, userId, type: "task_due", title: "Still valid", message: "new", expiresAt: new Date(now + DAY) },
      { organizationId, userId, type: "ai_insight", title: "Never expires", message: "keep" },
    ],
  });
}

describe("notifications cleanup", () => {
  it("deletes only the organization's expired notifications, records the run, and a second delivery deletes nothing more", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization("Other");
    await seedNotifications(org.organizationId, org.users.agent.userId);
    await seedNotifications(other.organizationId, other.users.agent.userId);

    const event = {
      name: "harbor/notifications.cleanup.requested" as const,
      data: { organizationId: org.organizationId, before: new Date().toISOString() },
    };
    const first = await new InngestTestEngine({ function: cleanupFunction }).execute({ events: [event] });
    expect(first.result).toEqual({ deleted: 2 });

    const remaining = await db.notification.findMany({ where: { organizationId: org.organizationId }, select: { title: true } });
    expect(remaining.map((row) => row.title).sort()).toEqual(["Never expires", "Still valid"]);
    expect(await db.notification.count({ where: { organizationId: other.organizationId } })).toBe(4);

    // A second delivery of the same event (a fresh run, not a replay of the first) finds nothing left.
    const retry = await new InngestTestEngine({ function: cleanupFunction }).execute({ events: [event] });
    expect(retry.result).toEqual({ deleted: 0 });

    const audit = await db.auditLog.findFirst({ where: { organizationId: org.organizationId, action: "jobs.notifications.cleanup" } });
    expect(audit).toMatchObject({ actorType: "system", actorId: null, entityType: "notification" });
    const runs = await db.jobRun.findMany({ where: { organizationId: org.organizationId, functionId: "notifications-cleanup-organization" }, orderBy: { startedAt: "asc" } });
    expect(runs.map((run) => [run.engine, run.status, run.result])).toEqual([
      ["inngest", "completed", { deleted: 2 }],
      ["inngest", "completed", { deleted: 0 }],
    ]);
  });

  it("fans the daily schedule out to one event per organization", async () => {
    const first = await createTestOrganization();
    const second = await createTestOrganization("Second");
    const engine = new InngestTestEngine({ function: toInngestFunction(notificationsCleanupSchedule) });
    const { result, ctx } = await engine.execute({ steps: [{ id: "fan-out-cleanup", handler: () => ({ ids: [] }) }] });

    const organizations = await db.organization.count();
    expect(result).toEqual({ organizations });
    const [, events] = (ctx.step.sendEvent as unknown as { mock: { calls: [string, { id: string; data: { organizationId: string } }[]][] } }).mock
      .calls[0]!;
    const fannedOut = events.map((event) => event.data.organizationId);
    expect(fannedOut).toHaveLength(organizations);
    expect(fannedOut).toEqual(expect.arrayContaining([first.organizationId, second.organizationId]));
    expect(events[0]!.id).toMatch(/^notifications-cleanup-[0-9a-f-]{36}-\d{4}-\d{2}-\d{2}$/);
  });
});
