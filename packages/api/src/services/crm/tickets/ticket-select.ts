import type { Prisma } from "@harbor/db";
import { summarySelect } from "../../summary-select";

export const ticketListSelect = {
  id: true,
  number: true,
  subject: true,
  category: true,
  status: true,
  priority: true,
  lastMessageAt: true,
  resolvedAt: true,
  createdAt: true,
  updatedAt: true,
  contact: summarySelect,
  assignee: summarySelect,
} as const satisfies Prisma.TicketSelect;

export const ticketMessageSelect = {
  id: true,
  body: true,
  internal: true,
  createdAt: true,
  author: summarySelect,
  mail: { select: { status: true, to: true, sentAt: true, error: true } },
} as const satisfies Prisma.TicketMessageSelect;

type TicketMessageRow = Prisma.TicketMessageGetPayload<{ select: typeof ticketMessageSelect }>;

/** A message with its email's delivery (`null` for an internal note, or a reply that carried no mail). */
export function toTicketMessage({ mail, ...message }: TicketMessageRow) {
  return { ...message, delivery: mail ? { status: mail.status, to: mail.to, sentAt: mail.sentAt, error: mail.error } : null };
}
