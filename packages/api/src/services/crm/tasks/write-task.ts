import { auditedTransaction } from "../../audit";
import { db, type Priority, type Prisma, type TaskStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { requireId, within } from "../../../access/organization-scope";
import { taskScope } from "../../../access/scopes/task-scope";
import { AppError, notFound } from "../../../errors";
import { publish } from "../../../realtime";
import { recordActivity } from "../activities";
import { announceDealActivity } from "../opportunities/deal-activity-recorded";
import { rescoreOpportunities } from "../../scores";
import { createNotifications } from "../../notifications/notify";
import { assertAssignableUser } from "../../../access/assignable-user";
import { assertLinksInReach } from "../linked-records";
import { taskSelect, toTask } from "./task-select";

// Tasks: created for oneself or, by managers and admins, for others (access/assignable-user.ts has the
// rule); related to at most one lead, contact or opportunity the creator can see. Whoever is given
// a task by someone else is notified; every change is published as task:created / task:updated
// to the assignee, the creator and the organization, after commit.

type TaskRecord = Prisma.TaskGetPayload<{ select: typeof taskSelect }>;

const actorUserId = (actor: Actor) => (actor.kind === "user" ? actor.userId : null);
const actorName = (actor: Actor) => (actor.kind === "user" ? actor.name : "Harbor");

function assignmentNotification(actor: Actor, task: TaskRecord) {
  return {
    organizationId: actor.organizationId,
    userId: task.assigneeId!,
    type: "task_assigned",
    title: `New task: ${task.title}`,
    message: `${actorName(actor)} assigned you a task${task.dueAt ? ` due ${task.dueAt.toISOString().slice(0, 10)}` : ""}.`,
    priority: task.priority,
    actionUrl: `/crm/tasks?task=${task.id}`,
    data: { taskId: task.id },
  };
}

function announceTask(actor: Actor, name: "task:created" | "task:updated", task: TaskRecord, alsoTo: (string | null)[] = []) {
  const userIds = [...new Set([task.assigneeId, task.createdById, ...alsoTo].filter((id): id is string => Boolean(id)))];
  return publish({ name, userIds, organizationId: actor.organizationId, data: toTask(task) });
}

export interface TaskRelation {
  leadId?: string;
  contactId?: string;
  opportunityId?: string;
}

async function assertRelationInReach(actor: Actor, { leadId, contactId, opportunityId }: TaskRelation) {
  const named = [leadId, contactId, opportunityId].filter(Boolean);
  if (named.length > 1) {
    throw new AppError("VALIDATION_ERROR", "A task relates to one lead, contact or opportunity at most", {
      fieldErrors: { leadId: ["A task relates to one lead, contact or opportunity at most"] },
    });
  }
  await assertLinksInReach(actor, { leadId, contactId, opportunityId });
}

export interface CreateTaskInput extends TaskRelation {
  actor: Actor;
  title: string;
  description?: string | null;
  dueAt?: Date | null;
  priority?: Priority;
  assigneeId?: string;
}

export async function createTask({ actor, title, description, dueAt, priority, assigneeId, ...relation }: CreateTaskInput) {
  const assignee = assigneeId ?? actorUserId(actor);
  if (assignee) await assertAssignableUser(actor, assignee, "assigneeId");
  await assertRelationInReach(actor, relation);
  const { task, announce } = await auditedTransaction(async (tx) => {
    const created = await tx.task.create({
      data: {
        organizationId: actor.organizationId,
        title: title.trim(),
        description: description ?? null,
        dueAt: dueAt ?? null,
        ...(priority ? { priority } : {}),
        assigneeId: assignee,
        createdById: actorUserId(actor),
        leadId: relation.leadId ?? null,
        contactId: relation.contactId ?? null,
        opportunityId: relation.opportunityId ?? null,
      },
      select: taskSelect,
    });
    const notifyAssignee = created.assigneeId && created.assigneeId !== actorUserId(actor);
    const { announce } = await createNotifications(tx, notifyAssignee ? [assignmentNotification(actor, created)] : []);
    return { task: created, announce };
  });
  await announce();
  await announceTask(actor, "task:created", task);
  return toTask(task);
}

async function findTaskInScope(actor: Actor, id: string) {
  const task = await db.task.findFirst({ where: within(taskScope(actor), { id: requireId(id) }), select: { id: true, status: true, assigneeId: true } });
  if (!task) throw notFound("Task");
  return task;
}

/** completedAt follows the status: set when a task becomes completed, cleared when it is reopened. */
function completionChange(from: TaskStatus, to: TaskStatus | undefined): { completedAt?: Date | null } {
  if (!to || to === from) return {};
  if (to === "completed") return { completedAt: new Date() };
  return from === "completed" ? { completedAt: null } : {};
}

async function writeTask(
  actor: Actor,
  existing: { id: string; status: TaskStatus; assigneeId: string | null },
  data: Prisma.TaskUncheckedUpdateInput & { status?: TaskStatus },
) {
  const reassigned = typeof data.assigneeId === "string" && data.assigneeId !== existing.assigneeId;
  const { task, announce, dealActivityId } = await auditedTransaction(async (tx) => {
    const updated = await tx.task.update({ where: { id: existing.id }, data: { ...data, ...completionChange(existing.status, data.status) }, select: taskSelect });
    let dealActivityId: string | null = null;
    if (data.status && data.status !== existing.status && data.status === "completed") {
      if (updated.leadId || updated.contactId || updated.opportunityId) {
        const activity = await recordActivity(tx, {
          actor,
          type: "task",
          title: `Task completed: ${updated.title}`,
          leadId: updated.leadId,
          contactId: updated.contactId,
          opportunityId: updated.opportunityId,
          metadata: { taskId: updated.id },
        });
        if (updated.opportunityId) dealActivityId = activity.id;
      }
    }
    const notifyAssignee = reassigned && updated.assigneeId !== actorUserId(actor);
    const { announce } = await createNotifications(tx, notifyAssignee ? [assignmentNotification(actor, updated)] : []);
    return { task: updated, announce, dealActivityId };
  });
  await announce();
  // A completed task on a deal is activity on it: its confidence moves now, and the worker rescores it from the event.
  if (dealActivityId && task.opportunityId) {
    await rescoreOpportunities({ actor, ids: [task.opportunityId] });
    await announceDealActivity(actor, { opportunityId: task.opportunityId, activityId: dealActivityId, reason: "activity" });
  }
  await announceTask(actor, "task:updated", task, reassigned ? [existing.assigneeId] : []);
  return toTask(task);
}

export interface UpdateTaskInput {
  actor: Actor;
  id: string;
  title?: string;
  description?: string | null;
  dueAt?: Date | null;
  priority?: Priority;
  status?: TaskStatus;
  assigneeId?: string;
}

export async function updateTask({ actor, id, title, assigneeId, ...changes }: UpdateTaskInput) {
  const existing = await findTaskInScope(actor, id);
  if (assigneeId !== undefined && assigneeId !== existing.assigneeId) await assertAssignableUser(actor, assigneeId, "assigneeId");
  return writeTask(actor, existing, { ...changes, ...(title !== undefined ? { title: title.trim() } : {}), ...(assigneeId !== undefined ? { assigneeId } : {}) });
}

/** Completes an open task, or reopens a completed one. */
export async function toggleTaskComplete({ actor, id }: { actor: Actor; id: string }) {
  const existing = await findTaskInScope(actor, id);
  return writeTask(actor, existing, { status: existing.status === "completed" ? "open" : "completed" });
}

/**
 * Deletes a task for good (tasks have no trash: a to-do, not a record of the book). The assignee and
 * the creator are told through task:updated with change "deleted", after commit.
 */
export async function deleteTask({ actor, id }: { actor: Actor; id: string }) {
  const existing = await findTaskInScope(actor, id);
  const task = await auditedTransaction((tx) => tx.task.delete({ where: { id: existing.id }, select: { id: true, assigneeId: true, createdById: true } }));
  const userIds = [...new Set([task.assigneeId, task.createdById].filter((userId): userId is string => Boolean(userId)))];
  await publish({ name: "task:updated", userIds, organizationId: actor.organizationId, data: { id: task.id, change: "deleted" } });
  return { id: task.id };
}
