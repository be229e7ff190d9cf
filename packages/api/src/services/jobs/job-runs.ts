import { db, type JobRunStatus, type Prisma } from "@harbor/db";
import { auditedTransaction } from "../audit/audited-transaction";

// `job_runs`: one row per run, whichever engine ran it (or an admin from settings.jobs.run),
// keyed by the engine's run id so every attempt of a run updates the same row.

export type JobRunEngine = "inngest" | "embedded" | "manual";

export interface StartJobRunInput {
  runKey: string;
  functionId: string;
  organizationId: string | null;
  engine: JobRunEngine;
  attempt: number;
  triggeredById?: string;
}

/**
 * Records that an attempt of a run started; a run already recorded keeps its start time. A run
 * started by a procedure (settings.jobs.run) records its audit row in the same transaction.
 */
export async function startJobRun({ runKey, functionId, organizationId, engine, attempt, triggeredById }: StartJobRunInput) {
  const run = await auditedTransaction((tx) =>
    tx.jobRun.upsert({
      where: { runKey },
      create: { runKey, functionId, organizationId, engine, attempt, triggeredById: triggeredById ?? null },
      update: { attempt, status: "running" },
      select: { id: true },
    }),
  );
  return run.id;
}

export interface UpdateJobRunInput {
  runKey: string;
  status: JobRunStatus;
  attempt?: number;
  result?: Prisma.InputJsonValue;
  error?: string;
}

/** Notes an attempt's outcome; a status other than `running` finishes the run. */
export async function updateJobRun({ runKey, status, attempt, result, error }: UpdateJobRunInput): Promise<void> {
  await db.jobRun.updateMany({
    where: { runKey },
    data: {
      status,
      ...(attempt === undefined ? {} : { attempt }),
      ...(result === undefined ? {} : { result }),
      ...(error === undefined ? {} : { error: error.slice(0, 2_000) }),
      finishedAt: status === "running" ? null : new Date(),
    },
  });
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Finishes a run the engine ended without its handler returning (cancelled, or failed for good
 * where the handler could not say so: the process died, a step timed out). A run already finished
 * keeps its outcome. Returns whether a row was still running.
 */
export async function finishAbandonedJobRun({ runKey, status, error }: { runKey: string; status: "failed" | "cancelled"; error?: string }): Promise<boolean> {
  const { count } = await db.jobRun.updateMany({
    where: { runKey, status: "running" },
    data: { status, finishedAt: new Date(), ...(error === undefined ? {} : { error: error.slice(0, 2_000) }) },
  });
  return count > 0;
}

/** A run started from settings.jobs.run runs inside a request; one still running after this was lost with its process. */
export const MANUAL_RUN_LIMIT_MS = 60 * 60_000;

/**
 * Finishes the runs no engine will finish: an embedded run whose queue row already ended (or is
 * gone) — a worker that stopped between the two writes — takes the queue row's outcome; a run
 * from settings.jobs.run still running past MANUAL_RUN_LIMIT_MS failed with its process. Inngest's
 * runs are finished by the job-runs-finish function from Inngest's own events. Returns how many.
 */
export async function settleAbandonedJobRuns(now = new Date()): Promise<number> {
  const lost = "The process running it stopped before it finished.";
  const embedded = await db.$executeRaw`
    UPDATE job_runs r
    SET status = (CASE q.status WHEN 'completed' THEN 'completed' WHEN 'cancelled' THEN 'cancelled' ELSE 'failed' END)::"JobRunStatus",
        finished_at = ${now}, error = CASE WHEN q.status IS NULL OR q.status = 'failed' THEN coalesce(q.last_error, ${lost}) ELSE r.error END
    FROM job_runs r2 LEFT JOIN job_queue q ON q.id = r2.run_key
    WHERE r.id = r2.id AND r.engine = 'embedded' AND r.status = 'running' AND (q.id IS NULL OR q.status IN ('completed', 'failed', 'cancelled'))`;
  const manual = await db.jobRun.updateMany({
    where: { engine: "manual", status: "running", startedAt: { lt: new Date(now.getTime() - MANUAL_RUN_LIMIT_MS) } },
    data: { status: "failed", finishedAt: now, error: lost },
  });
  return embedded + manual.count;
}
