import type { Prisma } from "@harbor/db";

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
  assignee: { select: { id: true, name: true } },
  createdBy: { select: { id: true, name: true } },
  lead: { select: { id: true, name: true } },
  contact: { select: { id: true, name: true } },
  opportunity: { select: { id: true, title: true } },
} as const satisfies Prisma.TaskSelect;

/** A task as the API returns it: overdue means not completed and due before now. */
export function toTask<T extends { status: string; dueAt: Date | null }>(task: T, now = new Date()) {
  return { ...task, isOverdue: task.status !== "completed" && task.dueAt !== null && task.dueAt < now };
}
