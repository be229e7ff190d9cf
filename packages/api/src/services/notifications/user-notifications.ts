import { db, type Prisma } from "@harbor/db";
import type { UserActor } from "../../access/actor";
import { requireId } from "../../access/organization-scope";
import { notFound } from "../../errors";
import { afterKeyset, decodeKeysetCursor, keysetOrderBy, keysetPage, type KeysetSort } from "../pagination";

// A user's own notifications (the bell). Every query is keyed by the caller's user id, so another
// user's notification is simply not found. Expired notifications are hidden before the daily
// cleanup job deletes them.

export const notificationSelect = {
  id: true,
  type: true,
  title: true,
  message: true,
  priority: true,
  actionUrl: true,
  data: true,
  readAt: true,
  createdAt: true,
} as const satisfies Prisma.NotificationSelect;

const newestFirst: KeysetSort = { field: "createdAt", direction: "desc", kind: "date" };

function ownWhere(actor: UserActor, now: Date): Prisma.NotificationWhereInput {
  return {
    userId: requireId(actor.userId, "userId"),
    organizationId: requireId(actor.organizationId, "organizationId"),
    OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
  };
}

export interface ListNotificationsInput {
  actor: UserActor;
  unreadOnly?: boolean;
  cursor?: string;
  limit: number;
  now?: Date;
}

export async function listNotifications({ actor, unreadOnly = false, cursor, limit, now = new Date() }: ListNotificationsInput) {
  const where: Prisma.NotificationWhereInput = { AND: [ownWhere(actor, now), unreadOnly ? { readAt: null } : {}] };
  const page = cursor ? { AND: [where, afterKeyset(newestFirst, decodeKeysetCursor(cursor, newestFirst.kind))] } : where;
  const rows = await db.notification.findMany({
    where: page,
    select: notificationSelect,
    orderBy: keysetOrderBy(newestFirst),
    take: limit + 1,
  });
  return keysetPage(rows, limit, (row) => row.createdAt);
}

export async function countUnreadNotifications({ actor, now = new Date() }: { actor: UserActor; now?: Date }) {
  const count = await db.notification.count({ where: { AND: [ownWhere(actor, now), { readAt: null }] } });
  return { count };
}

async function findOwn(actor: UserActor, id: string) {
  const notification = await db.notification.findFirst({
    where: { id: requireId(id), userId: requireId(actor.userId, "userId"), organizationId: actor.organizationId },
    select: { id: true, readAt: true },
  });
  if (!notification) throw notFound("Notification");
  return notification;
}

/** Marks one of the caller's notifications read; reading it again keeps the first read time. */
export async function markNotificationRead({ actor, id, now = new Date() }: { actor: UserActor; id: string; now?: Date }) {
  const notification = await findOwn(actor, id);
  if (notification.readAt) {
    return db.notification.findUniqueOrThrow({ where: { id: notification.id }, select: notificationSelect });
  }
  return db.notification.update({ where: { id: notification.id }, data: { readAt: now }, select: notificationSelect });
}

export async function markAllNotificationsRead({ actor, now = new Date() }: { actor: UserActor; now?: Date }) {
  const { count } = await db.notification.updateMany({
    where: { userId: requireId(actor.userId, "userId"), organizationId: actor.organizationId, readAt: null },
    data: { readAt: now },
  });
  return { count };
}

export async function deleteNotification({ actor, id }: { actor: UserActor; id: string }) {
  const notification = await findOwn(actor, id);
  await db.notification.delete({ where: { id: notification.id } });
  return { id: notification.id };
}
