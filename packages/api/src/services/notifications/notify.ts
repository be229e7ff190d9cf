import { db, type Prisma, type Priority } from "@harbor/db";
import { publish } from "../../realtime";

export interface NotificationInput {
  organizationId: string;
  userId: string;
  type: string;
  title: string;
  message: string;
  priority?: Priority;
  actionUrl?: string;
  data?: Prisma.InputJsonValue;
  expiresAt?: Date;
}

type NotificationWriter = Pick<Prisma.TransactionClient, "notification">;

/**
 * Creates notifications inside the caller's transaction and returns a function that announces
 * them (`notification:new`) — call it after the transaction has committed.
 */
export async function createNotifications(writer: NotificationWriter, inputs: NotificationInput[]) {
  const created = await Promise.all(
    inputs.map((input) =>
      writer.notification.create({
        data: input,
        select: { id: true, userId: true, type: true, title: true, message: true, priority: true, actionUrl: true, createdAt: true },
      }),
    ),
  );
  return {
    notifications: created,
    announce: () => publish(created.map((notification) => ({ name: "notification:new" as const, userIds: [notification.userId], data: notification }))),
  };
}

/** One notification, outside any transaction, announced at once. */
export async function notify(input: NotificationInput) {
  const { notifications, announce } = await createNotifications(db, [input]);
  await announce();
  return notifications[0]!;
}
