import { Prisma, type Priority, type TaskStatus } from "@harbor/db";
import { taskScopeSql } from "../../../access/scopes/task-scope";
import { type ListPageInput, type SqlKeysetSort } from "../../pagination";
import { joinedRecord, readSqlList } from "../../sql-list-page";
import { startOfDayAfter, startOfDayIn } from "../../time-zone";
import { sqlTimestamp } from "../crm-sql";
import { containsPattern } from "../person-search";
import { toTask } from "./task-select";

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
const sortKeys: Record<TaskSort, SqlKeysetSort> = {
  dueAt: { field: "dueAt", column: "t.due_at", kind: "date", direction: "asc", nullable: true },
  createdAt: { field: "createdAt", column: "t.created_at", kind: "date", direction: "desc" },
};

/** The due filter as SQL over tasks aliased t. */
export function taskDueSql(due: TaskDueFilter, { now, timeZone }: { now: Date; timeZone: string }): Prisma.Sql {
  switch (due) {
    case "overdue":
      return Prisma.sql`t.status <> 'completed' AND t.due_at < ${sqlTimestamp(now)}`;
    case "today":
      return Prisma.sql`t.due_at >= ${sqlTimestamp(startOfDayIn(timeZone, now))} AND t.due_at < ${sqlTimestamp(startOfDayAfter(timeZone, now, 1))}`;
    case "week":
      return Prisma.sql`t.due_at >= ${sqlTimestamp(startOfDayIn(timeZone, now))} AND t.due_at < ${sqlTimestamp(startOfDayAfter(timeZone, now, 7))}`;
    case "none":
      return Prisma.sql`t.due_at IS NULL`;
  }
}

function taskStatusSql(status: TaskStatusFilter): Prisma.Sql {
  return status === "active" ? Prisma.sql`t.status IN ('open', 'in_progress')` : Prisma.sql`t.status = ${status}::"TaskStatus"`;
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

/** The tasks list as read in SQL (sql-list-page.ts): taskSelect's fields, the related records as names. */
const taskList = {
  from: Prisma.raw("tasks t"),
  columns: Prisma.sql`t.id, t.title, t.description, t.due_at AS "dueAt", t.priority::text AS priority, t.status::text AS status,
  t.completed_at AS "completedAt", t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.assignee_id AS "assigneeId",
  t.created_by_id AS "createdById", t.lead_id AS "leadId", t.contact_id AS "contactId", t.opportunity_id AS "opportunityId",
  ta.name AS "assigneeName", tb.name AS "createdByName", tl.name AS "leadName", tc.name AS "contactName", top.title AS "opportunityTitle"`,
  joins: Prisma.sql`LEFT JOIN users ta ON ta.id = t.assignee_id LEFT JOIN users tb ON tb.id = t.created_by_id LEFT JOIN leads tl ON tl.id = t.lead_id
  LEFT JOIN contacts tc ON tc.id = t.contact_id LEFT JOIN opportunities top ON top.id = t.opportunity_id`,
};

interface TaskListRow {
  id: string;
  title: string;
  description: string | null;
  dueAt: Date | null;
  priority: Priority;
  status: TaskStatus;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  assigneeId: string | null;
  createdById: string | null;
  leadId: string | null;
  contactId: string | null;
  opportunityId: string | null;
  assigneeName: string | null;
  createdByName: string | null;
  leadName: string | null;
  contactName: string | null;
  opportunityTitle: string | null;
}

export async function listTasks({ actor, cursor, limit, search, assigneeId, status, due, leadId, contactId, opportunityId, sort = "dueAt", timeZone = "UTC", now = new Date() }: ListTasksInput) {
  const where = [taskScopeSql(actor, "t")];
  if (assigneeId) {
    const assignee = assigneeId === "me" ? (actor.kind === "user" ? actor.userId : null) : assigneeId;
    where.push(assignee === null ? Prisma.sql`t.assignee_id IS NULL` : Prisma.sql`t.assignee_id = ${assignee}::uuid`);
  }
  if (status) where.push(taskStatusSql(status));
  if (due) where.push(taskDueSql(due, { now, timeZone }));
  if (leadId) where.push(Prisma.sql`t.lead_id = ${leadId}::uuid`);
  if (contactId) where.push(Prisma.sql`t.contact_id = ${contactId}::uuid`);
  if (opportunityId) where.push(Prisma.sql`t.opportunity_id = ${opportunityId}::uuid`);
  if (search) where.push(Prisma.sql`t.title ILIKE ${containsPattern(search)}`);
  const { items, ...page } = await readSqlList<TaskListRow>({ ...taskList, where, key: sortKeys[sort], cursor, limit, search, valueOf: (row) => row[sort] });
  return { items: items.map((row) => toTask(taskListItem(row), now)), ...page };
}

/** The row in taskSelect's shape, built field by field (the row also carries the page's count). */
function taskListItem(row: TaskListRow) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    dueAt: row.dueAt,
    priority: row.priority,
    status: row.status,
    completedAt: row.completedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    assigneeId: row.assigneeId,
    createdById: row.createdById,
    leadId: row.leadId,
    contactId: row.contactId,
    opportunityId: row.opportunityId,
    assignee: joinedRecord(row.assigneeId, row.assigneeName),
    createdBy: joinedRecord(row.createdById, row.createdByName),
    lead: joinedRecord(row.leadId, row.leadName),
    contact: joinedRecord(row.contactId, row.contactName),
    opportunity: row.opportunityId === null ? null : { id: row.opportunityId, title: row.opportunityTitle ?? "" },
  };
}
