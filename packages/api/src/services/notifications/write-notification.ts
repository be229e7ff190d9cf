import { auditedTransaction } from "../audit";
import { db } from "@harbor/db";
import type { UserActor } from "../../access/actor";
import { requireId } from "../../access/organization-scope";
import { notificationScope } from "../../access/scopes/notification-scope";
import { notFound } from "../../errors";
import { notificationSelect } from "./notification-select";

async function findOwn(actor: UserActor, id: string) {
  const notification = await db.notification.findFirst({
    where: { id: requireId(id), ...notificationScope(actor) },
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
  return auditedTransaction((tx) => tx.notification.update({ where: { id: notification.id }, data: { readAt: now }, select: notificationSelect }));
}

export async function markAllNotificationsRead({ actor, now = new Date() }: { actor: UserActor; now?: Date }) {
  const { count } = await auditedTransaction((tx) => tx.notification.updateMany({
    where: { ...notificationScope(actor), readAt: null },
    data: { readAt: now },
  }));
  return { count };
}

export async function deleteNotification({ actor, id }: { actor: UserActor; id: string }) {
  const notification = await findOwn(actor, id);
  await auditedTransaction((tx) => tx.notification.delete({ where: { id: notification.id } }));
  return { id: notification.id };
}
