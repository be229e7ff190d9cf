import { db, Prisma } from "@harbor/db";
import { sendEvents, type Json, type JobStep } from "@harbor/api/jobs";

/** Thrown by sleepUntil to end the attempt; the runner puts the run back in the queue until then. */
export class SleepUntil extends Error {
  override name = "SleepUntil";
  constructor(readonly until: Date) {
    super(`sleeping until ${until.toISOString()}`);
  }
}

/**
 * The step API over `job_steps`: a step's JSON result is stored when it succeeds and returned
 * without running it on every later attempt or wake-up of the run (memoized, as Inngest does).
 */
export function embeddedStepTools(jobId: string, memo: Map<string, Json>, now: () => Date): JobStep {
  const seen = new Set<string>();
  const claim = (id: string) => {
    if (seen.has(id)) throw new Error(`Step id "${id}" is used twice in one run`);
    seen.add(id);
  };
  const run = async <T extends Json>(id: string, fn: () => Promise<T>): Promise<T> => {
    claim(id);
    if (memo.has(id)) return memo.get(id) as T;
    const output = await fn();
    // Stored and returned as JSON, as from Inngest: a Date becomes its ISO string.
    const json = (output === undefined ? null : JSON.parse(JSON.stringify(output))) as T;
    await db.jobStep.createMany({ data: [{ jobId, stepId: id, output: json === null ? Prisma.JsonNull : (json as Prisma.InputJsonValue) }], skipDuplicates: true });
    memo.set(id, json);
    return json;
  };
  return {
    run,
    sleepUntil: async (id, until) => {
      claim(id);
      if (until.getTime() > now().getTime()) throw new SleepUntil(until);
    },
    sendEvent: async (id, events) => {
      await run(id, async () => {
        await sendEvents(events);
        return events.length;
      });
    },
  };
}

export async function loadStepMemo(jobId: string): Promise<Map<string, Json>> {
  const steps = await db.jobStep.findMany({ where: { jobId }, select: { stepId: true, output: true } });
  return new Map(steps.map((step) => [step.stepId, step.output as Json]));
}
