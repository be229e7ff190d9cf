import type { Prisma } from "@harbor/db";
import type { UserActor } from "../actor";
import { requireId } from "../organization-scope";

// Notifications belong to one user: every query is keyed by the caller's user id, so another
// user's notification is simply not found, whatever the caller's role.

export function notificationScope(actor: UserActor): { userId: string; organizationId: string } {
  return { userId: requireId(actor.userId, "userId"), organizationId: requireId(actor.organizationId, "organizationId") };
}

/** The caller's notifications that have not expired (the daily cleanup job deletes expired ones later). */
export function liveNotificationScope(actor: UserActor, now: Date): Prisma.NotificationWhereInput {
  return { ...notificationScope(actor), OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
}
