import { db, type Prisma, type TaskStatus } from "@harbor/db";
import { taskScope } from "../../../access/scopes/task-scope";
import { within } from "../../../access/organization-scope";
import { type KeysetSort, type ListPageInput, readKeysetList } from "../../pagination";
import { containsText } from "../../text-search";
import { startOfDayAfter, startOfDayIn } from "../../time-zone";
import { taskSelect, toTask } from "./task-select";

// Task list filters, defined once here. Days are calendar days in the caller's time zone (UTC
// unless given).
//
//   status  open | in_progress | completed, or active (open or in progress)
//   due     overdue  not completed and due before now
//           today    due during today
//           week     due today or in the six days after (seven calendar days)
//           none     no due date

export const taskStatusFilters = ["open", "in_progress", "completed", "active"] as const;
export type TaskStatusFilter = (typeof taskStatusFilters)[number];
export const taskDueFilters = ["overdue", "today", "week", "none"] as const;
export type TaskDueFilter = (typeof taskDueFilters)[number];
export const taskSorts = ["dueAt", "createdAt"] as const;
export type TaskSort = (typeof taskSorts)[number];

// Soonest due first with undated tasks last; or newest first.
const sortKeys: Record<TaskSort, KeysetSort> = {
  dueAt: { field: "dueAt", kind: "date", direction: "asc", nullable: true },
  createdAt: { field: "createdAt", kind: "date", direction: "desc" },
};

export function taskDueWhere(due: TaskDueFilter, { now, timeZone }: { now: Date; timeZone: string }): Prisma.TaskWhereInput {
  switch (due) {
    case "overdue":
      return { status: { not: "completed" }, dueAt: { lt: now } };
    case "today":
      return { dueAt: { gte: startOfDayIn(timeZone, now), lt: startOfDayAfter(timeZone, now, 1) } };
    case "week":
      return { dueAt: { gte: startOfDayIn(timeZone, now), lt: startOfDayAfter(timeZone, now, 7) } };
    case "none":
      return { dueAt: null };
  }
}

function taskStatusWhere(status: TaskStatusFilter): Prisma.TaskWhereInput {
  return status === "active" ? { status: { in: ["open", "in_progress"] satisfies TaskStatus[] } } : { status };
}

export interface ListTasksInput extends ListPageInput {
  /** A user id, or "me" for the actor. */
  assigneeId?: string;
  status?: TaskStatusFilter;
  due?: TaskDueFilter;
  leadId?: string;
  contactId?: string;
  opportunityId?: string;
  sort?: TaskSort;
  timeZone?: string;
  now?: Date;
}

export async function listTasks({ actor, cursor, limit, search, assigneeId, status, due, leadId, contactId, opportunityId, sort = "dueAt", timeZone = "UTC", now = new Date() }: ListTasksInput) {
  const filters: Prisma.TaskWhereInput[] = [];
  if (assigneeId) filters.push({ assigneeId: assigneeId === "me" ? (actor.kind === "user" ? actor.userId : null) : assigneeId });
  if (status) filters.push(taskStatusWhere(status));
  if (due) filters.push(taskDueWhere(due, { now, timeZone }));
  if (leadId) filters.push({ leadId });
  if (contactId) filters.push({ contactId });
  if (opportunityId) filters.push({ opportunityId });
  if (search) filters.push({ title: containsText(search) });
  const where: Prisma.TaskWhereInput = within(taskScope(actor), { AND: filters });
  const key = sortKeys[sort];
  const { items, ...page } = await readKeysetList({
    where,
    sort: key,
    cursor,
    limit,
    search,
    findMany: (args) => db.task.findMany({ ...args, select: taskSelect }),
    // An agent's scope is an OR (assignee or creator), which no index orders.
    findIds: (args) => db.task.findMany({ ...args, select: { id: true } }),
    count: (args) => db.task.count(args),
    valueOf: (row) => row[key.field as TaskSort],
  });
  return { items: items.map((task) => toTask(task, now)), ...page };
}
