import { z } from "zod";
import {
  countUnreadNotifications,
  deleteNotification,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from "../services/notifications";
import { authedProcedure, createTRPCRouter, serve, serveActor } from "../trpc";
import {
  listNotificationsInput,
  listNotificationsOutput,
  notificationCountOutput,
  notificationIdInput,
  notificationOutput,
} from "./notifications.schema";
import { deletedOutput } from "./shared.schema";

// The caller's own notifications, for every role. Another user's notification is NOT_FOUND.

const ownNotifications = authedProcedure.meta({ access: "authenticated", auditEntity: "notification" });

export const notificationsRouter = createTRPCRouter({
  list: ownNotifications
    .input(listNotificationsInput.default({ unreadOnly: false, limit: 20 }))
    .output(listNotificationsOutput)
    .query(serve(listNotifications)),

  unreadCount: ownNotifications.input(z.void()).output(notificationCountOutput).query(serveActor(countUnreadNotifications)),

  markRead: ownNotifications
    .input(notificationIdInput)
    .output(notificationOutput)
    .mutation(serve(markNotificationRead)),

  /** `count` is how many were unread. */
  markAllRead: ownNotifications.input(z.void()).output(notificationCountOutput).mutation(serveActor(markAllNotificationsRead)),

  delete: ownNotifications.input(notificationIdInput).output(deletedOutput).mutation(serve(deleteNotification)),
});
