import { db, Prisma } from "@harbor/db";
import { cronEventName, valueAt, type JobDefinition } from "@harbor/api/jobs";
import { updateJobRun } from "@harbor/api/services/jobs/index";
import { nextCronTime } from "./cron-schedule";

// The embedded runner's queue. Services write events to `job_events` (jobs/send-events.ts); the
// runner turns each event, in the order received, into cancellations (cancelOn) and queued runs,
// one per job it triggers, with the id `<job>:<event id>` so an event is never run twice by a job.
// Only single statements and short transactions: the embedded Postgres (PGlite over the wire
// protocol) shares one session between connections, so no advisory locks or LISTEN.

export interface ClaimedRun {
  id: string;
  functionId: string;
  eventName: string;
  data: Prisma.JsonValue;
  attempt: number;
  maxAttempts: number;
}

/** A lease: a run whose worker died is picked up again after this. */
const LEASE_MS = 15 * 60_000;

export function triggerEventName(job: JobDefinition): string {
  return "cron" in job.trigger ? cronEventName(job.id) : job.trigger.event.name;
}

export async function processEvents(jobs: JobDefinition[], now: Date, batch = 100): Promise<number> {
  const events = await db.jobEvent.findMany({ where: { processedAt: null }, orderBy: { seq: "asc" }, take: batch });
  const cancelledRuns: string[] = [];
  for (const event of events) {
    await db.$transaction(async (tx) => {
      const { count } = await tx.jobEvent.updateMany({ where: { id: event.id, processedAt: null }, data: { processedAt: new Date() } });
      if (count === 0) return;
      for (const job of jobs) {
        if (job.cancelOn?.event.name !== event.name) continue;
        const path = job.cancelOn.match.split(".").slice(1);
        const value = valueAt(event, job.cancelOn.match);
        if (value === undefined || value === null) continue;
        // Every run of the job still queued, sleeping or running came from an earlier event.
        const runs = await tx.jobQueue.findMany({
          where: { functionId: job.id, status: { in: ["queued", "running"] }, data: { path, equals: value } },
          select: { id: true },
        });
        if (runs.length === 0) continue;
        await tx.jobQueue.updateMany({ where: { id: { in: runs.map((run) => run.id) } }, data: { status: "cancelled", lockedUntil: null } });
        cancelledRuns.push(...runs.map((run) => run.id));
      }
      const triggered = jobs.filter((job) => triggerEventName(job) === event.name);
      if (triggered.length > 0) {
        await tx.jobQueue.createMany({
          data: triggered.map((job) => ({
            id: `${job.id}:${event.id}`,
            functionId: job.id,
            eventName: event.name,
            data: event.data as Prisma.InputJsonValue,
            runAt: now,
            maxAttempts: job.retries + 1,
          })),
          skipDuplicates: true,
        });
      }
    });
  }
  for (const runKey of cancelledRuns) await updateJobRun({ runKey, status: "cancelled" });
  return events.length;
}

/** Queues each cron job's next occurrence (idempotent: the row id is the occurrence). */
export async function scheduleCrons(jobs: JobDefinition[], now: Date): Promise<void> {
  const rows = jobs.flatMap((job) => {
    if (!("cron" in job.trigger)) return [];
    const at = nextCronTime(job.trigger.cron, now);
    return [{ id: `${job.id}:cron:${at.toISOString()}`, functionId: job.id, eventName: "cron", data: {}, runAt: at, maxAttempts: job.retries + 1 }];
  });
  if (rows.length > 0) await db.jobQueue.createMany({ data: rows, skipDuplicates: true });
}

/**
 * Fails for good the runs whose worker died holding them on their last attempt (the lease expired
 * and no attempt is left), so neither the queue row nor its job_runs row stays `running`.
 */
export async function failExpiredRuns(functionIds: string[], now: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    UPDATE job_queue SET status = 'failed', locked_until = NULL, updated_at = ${now},
           last_error = 'The worker running its last attempt stopped before it finished (lease expired).'
    WHERE function_id IN (${Prisma.join(functionIds)}) AND status = 'running' AND locked_until < ${now} AND attempt >= max_attempts
    RETURNING id`);
  for (const { id } of rows) await updateJobRun({ runKey: id, status: "failed", error: "The worker running its last attempt stopped before it finished (lease expired)." });
  return rows.map((row) => row.id);
}

/**
 * Takes the earliest due run of these jobs, marking it running; a run whose lease expired (its
 * worker died) is taken again as its next attempt.
 */
export async function claimNextRun(functionIds: string[], now: Date): Promise<ClaimedRun | null> {
  const rows = await db.$queryRaw<ClaimedRun[]>(Prisma.sql`
    UPDATE job_queue SET status = 'running', locked_until = ${new Date(now.getTime() + LEASE_MS)}, updated_at = ${now},
           attempt = CASE WHEN status = 'running' THEN attempt + 1 ELSE attempt END
    WHERE id = (
      SELECT id FROM job_queue
      WHERE function_id IN (${Prisma.join(functionIds)})
        AND ((status = 'queued' AND run_at <= ${now}) OR (status = 'running' AND locked_until < ${now} AND attempt < max_attempts))
      ORDER BY run_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, function_id AS "functionId", event_name AS "eventName", data, attempt, max_attempts AS "maxAttempts"`);
  return rows[0] ?? null;
}

/** Moves a run this worker holds (still `running`: not cancelled meanwhile); false if it no longer holds it. */
export async function settleRun(id: string, data: Prisma.JobQueueUpdateManyMutationInput): Promise<boolean> {
  const { count } = await db.jobQueue.updateMany({ where: { id, status: "running" }, data: { lockedUntil: null, ...data } });
  return count > 0;
}
