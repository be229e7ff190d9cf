import type { Prisma } from "@harbor/db";

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
