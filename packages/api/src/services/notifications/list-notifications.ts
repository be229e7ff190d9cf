import { db, type Prisma } from "@harbor/db";
import type { UserActor } from "../../access/actor";
import { liveNotificationScope } from "../../access/scopes/notification-scope";
import { afterKeyset, decodeKeysetCursor, keysetOrderBy, keysetPage, type KeysetSort } from "../pagination";
import { notificationSelect } from "./notification-select";

const newestFirst: KeysetSort = { field: "createdAt", direction: "desc", kind: "date" };

export interface ListNotificationsInput {
  actor: UserActor;
  unreadOnly?: boolean;
  cursor?: string;
  limit: number;
  now?: Date;
}

export async function listNotifications({ actor, unreadOnly = false, cursor, limit, now = new Date() }: ListNotificationsInput) {
  const where: Prisma.NotificationWhereInput = { AND: [liveNotificationScope(actor, now), unreadOnly ? { readAt: null } : {}] };
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
  const count = await db.notification.count({ where: { AND: [liveNotificationScope(actor, now), { readAt: null }] } });
  return { count };
}
