import type { Prisma } from "@harbor/db";

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
  contact: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
} as const satisfies Prisma.TicketSelect;

export const ticketMessageSelect = {
  id: true,
  body: true,
  internal: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
} as const satisfies Prisma.TicketMessageSelect;
