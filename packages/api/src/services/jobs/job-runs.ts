import { db, type JobRunStatus, type Prisma } from "@harbor/db";

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

/** Records that an attempt of a run started; a run already recorded keeps its start time. */
export async function startJobRun({ runKey, functionId, organizationId, engine, attempt, triggeredById }: StartJobRunInput) {
  const run = await db.jobRun.upsert({
    where: { runKey },
    create: { runKey, functionId, organizationId, engine, attempt, triggeredById: triggeredById ?? null },
    update: { attempt, status: "running" },
    select: { id: true },
  });
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
