import { z } from "zod";
import { idOutput, listInputSchema, pageOf } from "../shared.schema";

export const listOutboxInput = listInputSchema.extend({ kind: z.string().trim().min(1).max(60).optional() }).default({ limit: 50 });

export const outboxMailOutput = z.object({
  id: idOutput,
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  kind: z.string(),
  status: z.enum(["queued", "sent", "failed"]),
  provider: z.string(),
  error: z.string().nullable(),
  createdAt: z.date(),
  sentAt: z.date().nullable(),
});

export const listOutboxOutput = pageOf(outboxMailOutput);
