import type { Prisma } from "@harbor/db";
import type { JobDefinition } from "@harbor/api/jobs";
import { errorMessage, settleAbandonedJobRuns, startJobRun, updateJobRun } from "@harbor/api/services/jobs/index";
import { NonRetriableError } from "inngest";
import { claimNextRun, failExpiredRuns, processEvents, scheduleCrons, settleRun, type ClaimedRun } from "./queue";
import { embeddedStepTools, loadStepMemo, SleepUntil } from "./step-tools";

// The embedded job runner: runs the worker's job definitions over the application's Postgres when
// no Inngest server is configured. Durable (queue, memoized steps and sleeps are rows), retried
// with exponential backoff, crons scheduled as queue rows. See ARCHITECTURE.md, "Worker and events".

export interface EmbeddedRunnerOptions {
  jobs: JobDefinition[];
  /** How often the queue is polled when idle. */
  pollIntervalMs?: number;
  /** The first retry waits this long, doubling for each further attempt (capped at an hour). */
  retryBaseMs?: number;
  /** Runs executed at once. */
  concurrency?: number;
  now?: () => Date;
}

const MAX_BACKOFF_MS = 60 * 60_000;
/** How often job_runs left running by a stopped process are looked for (and once at start). */
const SETTLE_INTERVAL_MS = 10 * 60_000;

export class EmbeddedRunner {
  private readonly jobs: Map<string, JobDefinition>;
  private readonly pollIntervalMs: number;
  private readonly retryBaseMs: number;
  private readonly concurrency: number;
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private halted = false;
  private settledAt = 0;

  constructor({ jobs, pollIntervalMs = 1_000, retryBaseMs = 10_000, concurrency = 2, now = () => new Date() }: EmbeddedRunnerOptions) {
    this.jobs = new Map(jobs.map((job) => [job.id, job]));
    this.pollIntervalMs = pollIntervalMs;
    this.retryBaseMs = retryBaseMs;
    this.concurrency = concurrency;
    this.now = now;
  }

  async start(): Promise<void> {
    this.halted = false;
    await scheduleCrons([...this.jobs.values()], this.now());
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.halted = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Processes received events and runs everything due, until nothing is. */
  async drain(): Promise<void> {
    const jobs = [...this.jobs.values()];
    await failExpiredRuns([...this.jobs.keys()], this.now());
    if (this.now().getTime() - this.settledAt >= SETTLE_INTERVAL_MS) {
      this.settledAt = this.now().getTime();
      await settleAbandonedJobRuns(this.now());
    }
    for (;;) {
      await processEvents(jobs, this.now());
      const lanes = await Promise.all(Array.from({ length: this.concurrency }, () => this.runLane()));
      if (lanes.every((ran) => ran === 0)) {
        if ((await processEvents(jobs, this.now())) === 0) return;
      }
    }
  }

  private schedule(delay: number) {
    if (this.halted) return;
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .catch((error: unknown) => console.error(`embedded job runner: ${errorMessage(error)}`))
        .finally(() => this.schedule(this.pollIntervalMs));
    }, delay);
  }

  private async runLane(): Promise<number> {
    let ran = 0;
    while (!this.halted) {
      const run = await claimNextRun([...this.jobs.keys()], this.now());
      if (!run) break;
      await this.execute(run);
      ran += 1;
    }
    return ran;
  }

  private async execute(run: ClaimedRun): Promise<void> {
    const job = this.jobs.get(run.functionId);
    const organizationId = organizationOf(run.data);
    if (!job) {
      await settleRun(run.id, { status: "failed", lastError: `No job "${run.functionId}" in this worker` });
      return;
    }
    await startJobRun({ runKey: run.id, functionId: job.id, organizationId, engine: "embedded", attempt: run.attempt });
    try {
      const data = job.parse(run.data);
      const step = embeddedStepTools(run.id, await loadStepMemo(run.id), this.now);
      const result = await job.handler({ event: { name: run.eventName, data, id: run.id }, step, attempt: run.attempt, runId: run.id });
      if (await settleRun(run.id, { status: "completed" })) {
        await updateJobRun({ runKey: run.id, status: "completed", attempt: run.attempt, result: result ?? {} });
      }
      if ("cron" in job.trigger) await scheduleCrons([job], this.now());
    } catch (error) {
      if (error instanceof SleepUntil) {
        await settleRun(run.id, { status: "queued", runAt: error.until });
        return;
      }
      const message = errorMessage(error);
      const final = run.attempt >= run.maxAttempts || error instanceof NonRetriableError;
      if (final) {
        if (await settleRun(run.id, { status: "failed", lastError: message })) {
          await updateJobRun({ runKey: run.id, status: "failed", attempt: run.attempt, error: message });
        }
        console.error(`job ${job.id} failed after ${run.attempt} attempt(s): ${message}`);
        if ("cron" in job.trigger) await scheduleCrons([job], this.now());
        return;
      }
      const backoff = Math.min(this.retryBaseMs * 2 ** (run.attempt - 1), MAX_BACKOFF_MS);
      if (await settleRun(run.id, { status: "queued", attempt: run.attempt + 1, runAt: new Date(this.now().getTime() + backoff), lastError: message })) {
        await updateJobRun({ runKey: run.id, status: "running", attempt: run.attempt, error: message });
      }
    }
  }
}

function organizationOf(data: Prisma.JsonValue): string | null {
  if (!data || typeof data !== "object" || Array.isArray(data)) return null;
  const value = data.organizationId;
  return typeof value === "string" ? value : null;
}
