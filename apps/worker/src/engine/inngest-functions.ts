import { inngest } from "@harbor/api/events";
import { cronEventName, type JobDefinition, type JobStep } from "@harbor/api/jobs";
import { errorMessage, startJobRun, updateJobRun } from "@harbor/api/services/jobs/index";
import { cron, NonRetriableError } from "inngest";

type InngestStep = Parameters<Parameters<typeof inngest.createFunction>[1]>[0]["step"];

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
