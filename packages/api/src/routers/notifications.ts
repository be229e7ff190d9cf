import { z } from "zod";
import {
  countUnreadNotifications,
  deleteNotification,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from "../services/notifications";
import { authedProcedure, createTRPCRouter } from "../trpc";
import { listNotificationsInput, notificationIdInput } from "./notifications.schema";

// The caller's own notifications, for every role. Another user's notification is NOT_FOUND.

const ownNotifications = authedProcedure.meta({ access: "authenticated", auditEntity: "notification" });

export const notificationsRouter = createTRPCRouter({
  list: ownNotifications
    .input(listNotificationsInput.default({ unreadOnly: false, limit: 20 }))
    .query(({ ctx, input }) => listNotifications({ actor: ctx.actor, ...input })),

  unreadCount: ownNotifications.input(z.void()).query(({ ctx }) => countUnreadNotifications({ actor: ctx.actor })),

  markRead: ownNotifications.input(notificationIdInput).mutation(({ ctx, input }) => markNotificationRead({ actor: ctx.actor, id: input.id })),

  markAllRead: ownNotifications.input(z.void()).mutation(({ ctx }) => markAllNotificationsRead({ actor: ctx.actor })),

  delete: ownNotifications.input(notificationIdInput).mutation(({ ctx, input }) => deleteNotification({ actor: ctx.actor, id: input.id })),
});
