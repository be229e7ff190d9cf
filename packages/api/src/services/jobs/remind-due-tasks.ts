import { db, Prisma, type Priority } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { organizationScope } from "../../access/organization-scope";
import { publish } from "../../realtime";
import { createNotifications } from "../notifications/notify";
import { claimEffects } from "./job-effects";

// Task-due reminders: a scheduled scan (every few minutes, per organization) rather than a timer
// per task, so creating, moving or completing a task needs nothing from the task services. A task
// is reminded once per due time: the claim key holds the due instant, so a task moved to a later
// time is reminded again when that time comes, and a retried scan reminds no one twice.

/** Tasks overdue for longer than this when first seen (the worker was down for days) are not reminded. */
const LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;
const BATCH = 500;

/** The worker function that scans one organization's due tasks (job_runs.functionId). */
export const TASK_DUE_REMINDERS_FUNCTION_ID = "task-due-reminders-organization";

export const taskDueEffectKey = (taskId: string, dueAt: Date) => `task-due:${taskId}:${dueAt.getTime()}`;

interface DueTask {
  id: string;
  title: string;
  dueAt: Date;
  assigneeId: string;
  priority: Priority;
}

export async function remindDueTasks({ actor, now }: { actor: Actor; now: Date }): Promise<{ reminded: number }> {
  const { organizationId } = organizationScope(actor);
  const due = await db.$queryRaw<DueTask[]>(Prisma.sql`
    SELECT t.id, t.title, t.due_at AS "dueAt", t.assignee_id AS "assigneeId", t.priority
    FROM tasks t
    WHERE t.organization_id = ${organizationId}::uuid
      AND t.status IN ('open', 'in_progress')
      AND t.assignee_id IS NOT NULL
      AND t.due_at <= ${now} AND t.due_at > ${new Date(now.getTime() - LOOKBACK_MS)}
      AND NOT EXISTS (
        SELECT 1 FROM job_effects e
        WHERE e.organization_id = t.organization_id
          AND e.key = 'task-due:' || t.id::text || ':' || (extract(epoch FROM t.due_at) * 1000)::bigint::text
      )
    ORDER BY t.due_at
    LIMIT ${BATCH}`);
  if (due.length === 0) return { reminded: 0 };

  const { reminded, announce } = await db.$transaction(async (tx) => {
    const claimed = await claimEffects(tx, organizationId, due.map((task) => taskDueEffectKey(task.id, task.dueAt)));
    const tasks = due.filter((task) => claimed.has(taskDueEffectKey(task.id, task.dueAt)));
    const { announce } = await createNotifications(
      tx,
      tasks.map((task) => ({
        organizationId,
        userId: task.assigneeId,
        type: "task_due",
        title: "Task due",
        message: task.title,
        priority: task.priority,
        actionUrl: `/crm/tasks?task=${task.id}`,
        data: { taskId: task.id, dueAt: task.dueAt.toISOString() },
      })),
    );
    return { reminded: tasks, announce };
  });
  await announce();
  await publish(
    reminded.map((task) => ({ name: "task:due" as const, userIds: [task.assigneeId], data: { id: task.id, title: task.title, dueAt: task.dueAt.toISOString() } })),
  );
  return { reminded: reminded.length };
}
