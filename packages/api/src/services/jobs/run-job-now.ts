import { randomUUID } from "node:crypto";
import type { UserActor } from "../../access/actor";
import { systemActor } from "../../access/actor";
import type { Json } from "../../jobs/job-definition";
import { generateNewActivityInsights, INSIGHTS_FUNCTION_ID } from "../copilot/record-insights";
import { deleteExpiredNotifications, NOTIFICATIONS_CLEANUP_FUNCTION_ID } from "../notifications/delete-expired";
import { errorMessage, startJobRun, updateJobRun } from "./job-runs";
import { remindDueTasks, TASK_DUE_REMINDERS_FUNCTION_ID } from "./remind-due-tasks";
import { recomputeScoresNow, SCORES_RECOMPUTE_FUNCTION_ID } from "./score-recompute";

// What an admin may run now from settings (settings.jobs.run): the same services the scheduled
// jobs call, run directly for the admin's organization, recorded in job_runs under the job's
// function id with the admin as `triggeredById`. A new recomputation is one more entry.

interface RunnableJob {
  /** The worker function whose scheduled runs do the same work (job_runs.functionId). */
  functionId: string;
  run(input: { actor: UserActor; now: Date }): Promise<Json>;
}

const runnableJobs = {
  "notifications-cleanup": {
    functionId: NOTIFICATIONS_CLEANUP_FUNCTION_ID,
    // The cleanup service is organization-wide and takes the system actor; the admin is recorded
    // on the run and in the audit of the settings.jobs.run call.
    run: ({ actor, now }) => deleteExpiredNotifications({ actor: systemActor(actor.organizationId, "jobs.notifications.cleanup"), now }),
  },
  "task-due-reminders": {
    functionId: TASK_DUE_REMINDERS_FUNCTION_ID,
    run: ({ actor, now }) => remindDueTasks({ actor, now }),
  },
  "scores-recompute": {
    functionId: SCORES_RECOMPUTE_FUNCTION_ID,
    run: ({ actor, now }) => recomputeScoresNow({ actor, now }),
  },
  insights: {
    functionId: INSIGHTS_FUNCTION_ID,
    // Generated as the system, like the hourly run, so the stored insights do not depend on the
    // admin's own record scope or AI rate limit; the admin is recorded on the run.
    run: ({ actor, now }) => generateNewActivityInsights({ actor: systemActor(actor.organizationId, "jobs.insights"), until: now }),
  },
} satisfies Record<string, RunnableJob>;

export type RunnableJobName = keyof typeof runnableJobs;
export const runnableJobNames = Object.keys(runnableJobs) as [RunnableJobName, ...RunnableJobName[]];

export async function runJobNow({ actor, job }: { actor: UserActor; job: RunnableJobName }) {
  const { functionId, run } = runnableJobs[job];
  const runKey = `manual:${randomUUID()}`;
  const id = await startJobRun({ runKey, functionId, organizationId: actor.organizationId, engine: "manual", attempt: 1, triggeredById: actor.userId });
  try {
    const result = await run({ actor, now: new Date() });
    await updateJobRun({ runKey, status: "completed", result: result ?? {} });
    return { id, job, status: "completed" as const, result };
  } catch (error) {
    await updateJobRun({ runKey, status: "failed", error: errorMessage(error) });
    throw error;
  }
}
