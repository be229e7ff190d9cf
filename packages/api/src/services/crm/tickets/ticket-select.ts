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
} as const satisfies Prisma.TicketMessageSelect;
