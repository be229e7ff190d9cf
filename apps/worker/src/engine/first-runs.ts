import { db } from "@harbor/db";
import { cronEventName, sendEvents, type JobDefinition } from "@harbor/api/jobs";

/**
 * Runs each cron job that has never run once now, on either engine, so a fresh agency is processed
 * on its first start instead of at the next scheduled time (up to a day later). The event id is
 * fixed per job: sent again on every start until the job has a run, it is queued only once.
 */
export async function requestFirstCronRuns(jobs: JobDefinition[]): Promise<string[]> {
  const crons = jobs.filter((job) => "cron" in job.trigger);
  const ran = await db.jobRun.findMany({
    where: { functionId: { in: crons.map((job) => job.id) } },
    distinct: ["functionId"],
    select: { functionId: true },
  });
  const hasRun = new Set(ran.map((run) => run.functionId));
  const never = crons.filter((job) => !hasRun.has(job.id));
  await sendEvents(never.map((job) => ({ name: cronEventName(job.id), data: {}, id: `${job.id}-first-run` })));
  return never.map((job) => job.id);
}
