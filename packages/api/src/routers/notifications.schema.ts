import { z } from "zod";
import { prioritySchema } from "./crm/record-fields.schema";
import { feedPageInputSchema, idOutput, idSchema, storedJson } from "./shared.schema";

export const listNotificationsInput = z.object({
  unreadOnly: z.boolean().default(false),
  ...feedPageInputSchema.shape,
});

export const notificationIdInput = z.object({ id: idSchema });

export const notificationOutput = z.object({
  id: idOutput,
  type: z.string(),
  title: z.string(),
  message: z.string(),
  priority: prioritySchema,
  actionUrl: z.string().nullable(),
  data: storedJson(z.json()),
  readAt: z.date().nullable(),
  createdAt: z.date(),
});

export const listNotificationsOutput = z.object({ items: z.array(notificationOutput), nextCursor: z.string().nullable() });

export const notificationCountOutput = z.object({ count: z.number() });
