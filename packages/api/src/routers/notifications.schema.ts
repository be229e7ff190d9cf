import { z } from "zod";
import { idSchema } from "./shared.schema";

export const listNotificationsInput = z.object({
  unreadOnly: z.boolean().default(false),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

export const notificationIdInput = z.object({ id: idSchema });
