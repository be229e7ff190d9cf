import { z } from "zod";
import { idOutput, idSchema, listInputSchema, namedRecordSchema, pageOf, userSummarySchema } from "../shared.schema";

export const ticketStatusSchema = z.enum(["open", "pending", "resolved", "closed"], {
  error: "must be one of open, pending, resolved, closed",
});

export const prioritySchema = z.enum(["low", "medium", "high", "urgent"], { error: "must be one of low, medium, high, urgent" });

const categorySchema = z.string().trim().min(1, { error: "must not be empty" }).max(80);
const bodySchema = z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(20_000);

export const listTicketsInput = listInputSchema.extend({
  status: ticketStatusSchema.optional(),
  priority: prioritySchema.optional(),
  /** null lists the unassigned tickets. */
  assigneeId: idSchema.nullish(),
  contactId: idSchema.optional(),
  category: categorySchema.optional(),
  /** number: newest first; updatedAt: most recently changed first. */
  sort: z.enum(["number", "updatedAt"], { error: "must be number or updatedAt" }).default("number"),
});

export const ticketIdInput = z.object({ id: idSchema });

export const createTicketInput = z.object({
  subject: z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(200),
  body: bodySchema,
  contactId: idSchema.nullish(),
  priority: prioritySchema.optional(),
  category: categorySchema.nullish(),
  assigneeId: idSchema.nullish(),
});

export const replyTicketInput = z.object({
  id: idSchema,
  body: bodySchema,
  internal: z.boolean().default(false),
});

export const updateTicketInput = z.object({
  id: idSchema,
  status: ticketStatusSchema.optional(),
  priority: prioritySchema.optional(),
  assigneeId: idSchema.nullish(),
  category: categorySchema.nullish(),
});

export const ticketOutput = z.object({
  id: idOutput,
  number: z.number(),
  subject: z.string(),
  status: ticketStatusSchema,
  priority: prioritySchema,
  category: z.string().nullable(),
  lastMessageAt: z.date().nullable(),
  resolvedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  contact: namedRecordSchema.nullable(),
  assignee: userSummarySchema.nullable(),
});

export const listTicketsOutput = pageOf(ticketOutput);

export const ticketMessageOutput = z.object({
  id: idOutput,
  body: z.string(),
  internal: z.boolean(),
  createdAt: z.date(),
  author: userSummarySchema.nullable(),
  /** The email that carried a reply to the client; null for internal notes (and replies from before replies were mailed). */
  delivery: z
    .object({ status: z.enum(["queued", "sent", "failed"]), to: z.string(), sentAt: z.date().nullable(), error: z.string().nullable() })
    .nullable(),
});

/** With the thread and the contact's email and phone, for replying. */
export const ticketDetailOutput = ticketOutput.extend({
  contact: namedRecordSchema.extend({ email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  createdBy: userSummarySchema.nullable(),
  messages: z.array(ticketMessageOutput),
});
