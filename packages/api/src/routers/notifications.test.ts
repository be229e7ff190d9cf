import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import type { UserActor } from "../access/actor";
import { callerFor, createTestOrganization } from "../testing";

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

async function notificationsFor(actor: UserActor, count: number, extra: { expiresAt?: Date; readAt?: Date } = {}) {
  const created = [];
  for (let index = 0; index < count; index++) {
    created.push(
      await db.notification.create({
        data: {
          organizationId: actor.organizationId,
          userId: actor.userId,
          type: "task_due",
          title: `Reminder ${index}`,
          message: "A follow-up is due",
          createdAt: minutesAgo(count - index),
          ...extra,
        },
      }),
    );
  }
  return created;
}

describe("notifications", () => {
  it("lists only the caller's own notifications, newest first, in pages, hiding expired ones", async () => {
    const org = await createTestOrganization();
    const mine = await notificationsFor(org.users.agent, 3);
    await notificationsFor(org.users.agent, 1, { expiresAt: minutesAgo(1) });
    await notificationsFor(org.users.manager, 2);

    const caller = callerFor(org.users.agent);
    const page = await caller.notifications.list({ limit: 2 });
    expect(page.items.map((item) => item.id)).toEqual([mine[2]!.id, mine[1]!.id]);
    const rest = await caller.notifications.list({ limit: 2, cursor: page.nextCursor! });
    expect(rest.items.map((item) => item.id)).toEqual([mine[0]!.id]);
    expect(rest.nextCursor).toBeNull();
    expect((await caller.notifications.list()).items).toHaveLength(3);
  });

  it("counts unread, marks one or all read, and lists unread only on request", async () => {
    const org = await createTestOrganization();
    const [first, second, third] = await notificationsFor(org.users.viewer, 3);
    await notificationsFor(org.users.viewer, 1, { readAt: minutesAgo(5) });
    await notificationsFor(org.users.admin, 2);
    const caller = callerFor(org.users.viewer);
    expect(await caller.notifications.unreadCount()).toEqual({ count: 3 });

    const read = await caller.notifications.markRead({ id: second!.id });
    expect(read).toMatchObject({ id: second!.id, readAt: expect.any(Date) as unknown });
    const again = await caller.notifications.markRead({ id: second!.id });
    expect(again.readAt).toEqual(read.readAt);
    expect(await caller.notifications.unreadCount()).toEqual({ count: 2 });
    expect((await caller.notifications.list({ unreadOnly: true })).items.map((item) => item.id)).toEqual([third!.id, first!.id]);

    expect(await caller.notifications.markAllRead()).toEqual({ count: 2 });
    expect(await caller.notifications.unreadCount()).toEqual({ count: 0 });
    expect(await callerFor(org.users.admin).notifications.unreadCount()).toEqual({ count: 2 });
  });

  it("answers NOT_FOUND for another user's notification, and leaves it untouched", async () => {
    const org = await createTestOrganization();
    const [theirs] = await notificationsFor(org.users.manager, 1);
    const caller = callerFor(org.users.admin);
    await expect(caller.notifications.markRead({ id: theirs!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.notifications.delete({ id: theirs!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.notification.findUniqueOrThrow({ where: { id: theirs!.id } })).toMatchObject({ readAt: null });
  });

  it("deletes the caller's own notification", async () => {
    const org = await createTestOrganization();
    const [mine] = await notificationsFor(org.users.compliance, 1);
    const caller = callerFor(org.users.compliance);
    expect(await caller.notifications.delete({ id: mine!.id })).toEqual({ id: mine!.id });
    expect(await db.notification.findUnique({ where: { id: mine!.id } })).toBeNull();
    await expect(caller.notifications.delete({ id: mine!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("requires a signed-in caller", async () => {
    await expect(callerFor(null).notifications.unreadCount()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
