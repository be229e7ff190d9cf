import { inngest } from "@harbor/api/events";
import { cronEventName, type JobDefinition, type JobStep } from "@harbor/api/jobs";
import { errorMessage, finishAbandonedJobRun, startJobRun, updateJobRun } from "@harbor/api/services/jobs/index";
import { cron, NonRetriableError, type GetStepTools } from "inngest";
import { z } from "zod";

type InngestStep = GetStepTools<typeof inngest>;

function stepTools(step: InngestStep): JobStep {
  return {
    // Inngest returns the JSON form of a step's result; job steps return JSON already.
    run: <T,>(id: string, fn: () => Promise<T>) => step.run(id, fn) as unknown as Promise<T>,
    sleepUntil: async (id, until) => {
      await step.sleepUntil(id, until);
    },
    sendEvent: async (id, events) => {
      await step.sendEvent(
        id,
        events.map(({ name, data, id: eventId }) => ({ name, data, ...(eventId ? { id: eventId } : {}) })),
      );
    },
  };
}

const organizationOf = (data: Record<string, unknown>) => (typeof data.organizationId === "string" ? data.organizationId : null);

/**
 * A job as an Inngest function. A cron also answers its own event (cronEventName), so it can be
 * run at once (its first run after start). The run is recorded in job_runs: started in a step
 * (once per run), finished when the handler returns or its last attempt fails.
 */
export function toInngestFunction(job: JobDefinition) {
  const triggers = "cron" in job.trigger ? [cron(job.trigger.cron), { event: cronEventName(job.id) }] : [job.trigger.event];
  return inngest.createFunction(
    {
      id: job.id,
      name: job.name,
      triggers,
      retries: job.retries as 3,
      ...(job.concurrency ? { concurrency: { limit: job.concurrency } } : {}),
      ...(job.cancelOn ? { cancelOn: [{ event: job.cancelOn.event.name, match: job.cancelOn.match }] } : {}),
    },
    async ({ event, step, attempt: zeroBasedAttempt, runId }) => {
      const attempt = zeroBasedAttempt + 1;
      const data = job.parse(event.data);
      // The key is memoized with the step, so every later call of this run updates the same row.
      const runKey = await step.run("job-run-started", async () => {
        await startJobRun({ runKey: runId, functionId: job.id, organizationId: organizationOf(data), engine: "inngest", attempt });
        return runId;
      });
      try {
        const result = await job.handler({ event: { name: event.name, data, id: event.id }, step: stepTools(step), attempt, runId: runKey });
        await updateJobRun({ runKey, status: "completed", attempt, result: result ?? {} });
        return result;
      } catch (error) {
        const final = attempt > job.retries || error instanceof NonRetriableError;
        await updateJobRun({ runKey, status: final ? "failed" : "running", attempt, error: errorMessage(error) });
        throw error;
      }
    },
  );
}

const FINISHER_ID = "job-runs-finish";
/** What the finisher reads of Inngest's function.cancelled and function.failed events. */
const inngestRunEvent = z.object({ run_id: z.string(), error: z.object({ name: z.string().optional(), message: z.string().optional() }).optional() });
const notItself = `event.data.function_id != '${inngest.id}-${FINISHER_ID}'`;

/**
 * Inngest ends some runs without the handler getting to record it: a run cancelled by its cancelOn
 * event is never called again, and a last attempt can die outside the handler (the worker process
 * stopped, the request timed out). Inngest announces both with its own events; this function
 * finishes the run's job_runs row from them (a row the handler already finished is left alone).
 */
export const jobRunsFinisher = inngest.createFunction(
  {
    id: FINISHER_ID,
    name: "Jobs: finish the record of a cancelled or failed run",
    triggers: [
      { event: "inngest/function.cancelled", if: notItself },
      { event: "inngest/function.failed", if: notItself },
    ],
    retries: 3,
  },
  async ({ event, step }) => {
    const data = inngestRunEvent.parse(event.data);
    const cancelled = event.name === "inngest/function.cancelled";
    const error = cancelled ? undefined : data.error?.message ? `${data.error.name ?? "Error"}: ${data.error.message}` : "Failed after its last attempt.";
    const finished = await step.run("finish-job-run", () => finishAbandonedJobRun({ runKey: data.run_id, status: cancelled ? "cancelled" : "failed", ...(error ? { error } : {}) }));
    return { runKey: data.run_id, finished };
  },
);
