import type { Prisma } from "@harbor/db";
import { summarySelect } from "../../summary-select";

export const taskSelect = {
  id: true,
  title: true,
  description: true,
  dueAt: true,
  priority: true,
  status: true,
  completedAt: true,
  createdAt: true,
  updatedAt: true,
  assigneeId: true,
  createdById: true,
  leadId: true,
  contactId: true,
  opportunityId: true,
  assignee: summarySelect,
  createdBy: summarySelect,
  lead: summarySelect,
  contact: summarySelect,
  opportunity: { select: { id: true, title: true } },
} as const satisfies Prisma.TaskSelect;

/** A task as the API returns it: overdue means not completed and due before now. */
export function toTask<T extends { status: string; dueAt: Date | null }>(task: T, now = new Date()) {
  return { ...task, isOverdue: task.status !== "completed" && task.dueAt !== null && task.dueAt < now };
}
