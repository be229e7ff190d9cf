import { randomUUID } from "node:crypto";
import { defineCronJob, defineEventJob, sendEvents } from "@harbor/api/jobs";
import { createTestOrganization } from "@harbor/api/testing";
import { db } from "@harbor/db";
import { eventType } from "inngest";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { settleAbandonedJobRuns, startJobRun } from "@harbor/api/services/jobs/index";
import { requestFirstCronRuns } from "../first-runs";
import { claimNextRun, processEvents } from "./queue";
import { EmbeddedRunner } from "./runner";

// The embedded runner for real: events written by the one send client, runs claimed from
// Postgres, steps memoized in job_steps, job_runs written. Each test uses its own job ids.

const payload = z.object({ organizationId: z.uuid(), key: z.string() });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function testEvents(prefix: string) {
  return {
    started: eventType(`test/${prefix}.started`, { schema: payload }),
    stopped: eventType(`test/${prefix}.stopped`, { schema: payload }),
  };
}

/** A clock the test moves, so backoffs and sleeps do not depend on how fast the machine is. */
function manualClock() {
  let now = Date.now();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms), at: () => now };
}

async function drainUntil(runner: EmbeddedRunner, done: () => Promise<boolean>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await runner.drain();
    if (await done()) return;
    if (Date.now() > deadline) throw new Error("the runner did not finish in time");
    await pause(25);
  }
}

describe("embedded job runner", () => {
  it("runs a sent event's job and records the run in job_runs", async () => {
    const org = await createTestOrganization();
    const events = testEvents("enqueue");
    const job = defineEventJob({
      id: "test-enqueue",
      name: "Test: enqueue",
      event: events.started,
      handler: async ({ event, step }) => step.run("echo", async () => ({ key: event.data.key })),
    });
    await sendEvents([events.started.create({ organizationId: org.organizationId, key: "k1" }, { id: "enqueue-1" })]);
    // The same id again is ignored: one run.
    await sendEvents([events.started.create({ organizationId: org.organizationId, key: "k1" }, { id: "enqueue-1" })]);
    await new EmbeddedRunner({ jobs: [job] }).drain();

    const runs = await db.jobRun.findMany({ where: { functionId: "test-enqueue" } });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ organizationId: org.organizationId, engine: "embedded", status: "completed", attempt: 1, result: { key: "k1" }, error: null });
    expect(runs[0]!.finishedAt).toBeInstanceOf(Date);
  });

  it("retries a failing step with backoff and does not run the steps that succeeded again", async () => {
    const org = await createTestOrganization();
    const events = testEvents("retry");
    const calls = { first: 0, flaky: 0 };
    const job = defineEventJob({
      id: "test-retry",
      name: "Test: retry",
      event: events.started,
      handler: async ({ step }) => {
        const first = await step.run("first", async () => ++calls.first);
        const flaky = await step.run("flaky", async () => {
          calls.flaky += 1;
          if (calls.flaky < 3) throw new Error(`flaky failure ${calls.flaky}`);
          return calls.flaky;
        });
        return { first, flaky };
      },
    });
    const clock = manualClock();
    const runner = new EmbeddedRunner({ jobs: [job], retryBaseMs: 200, now: clock.now });
    await sendEvents([events.started.create({ organizationId: org.organizationId, key: "r" }, { id: "retry-1" })]);
    const queued = () => db.jobQueue.findUniqueOrThrow({ where: { id: "test-retry:retry-1" } });

    await runner.drain();
    expect(await queued()).toMatchObject({ status: "queued", attempt: 2, lastError: "Error: flaky failure 1", runAt: new Date(clock.at() + 200) });
    expect(await db.jobRun.findUnique({ where: { runKey: "test-retry:retry-1" } })).toMatchObject({ status: "running", attempt: 1, error: "Error: flaky failure 1" });

    // Not due before its backoff has passed.
    clock.advance(199);
    await runner.drain();
    expect((await queued()).attempt).toBe(2);

    clock.advance(1);
    await runner.drain();
    // The second backoff is twice the first.
    expect(await queued()).toMatchObject({ status: "queued", attempt: 3, lastError: "Error: flaky failure 2", runAt: new Date(clock.at() + 400) });

    clock.advance(400);
    await runner.drain();
    expect(calls).toEqual({ first: 1, flaky: 3 });
    expect(await db.jobRun.findUnique({ where: { runKey: "test-retry:retry-1" } })).toMatchObject({ status: "completed", attempt: 3, result: { first: 1, flaky: 3 } });
  });

  it("fails a run for good after its last attempt", async () => {
    const org = await createTestOrganization();
    const events = testEvents("fail");
    const job = defineEventJob({
      id: "test-fail",
      name: "Test: fail",
      event: events.started,
      retries: 1,
      handler: async ({ step }) => step.run("always", async () => Promise.reject(new Error("broken"))),
    });
    const runner = new EmbeddedRunner({ jobs: [job], retryBaseMs: 10 });
    await sendEvents([events.started.create({ organizationId: org.organizationId, key: "f" }, { id: "fail-1" })]);
    await drainUntil(runner, async () => (await db.jobRun.findUnique({ where: { runKey: "test-fail:fail-1" } }))?.status === "failed");
    expect(await db.jobRun.findUnique({ where: { runKey: "test-fail:fail-1" } })).toMatchObject({ attempt: 2, error: "Error: broken" });
    expect(await db.jobQueue.findUnique({ where: { id: "test-fail:fail-1" }, select: { status: true } })).toEqual({ status: "failed" });
  });

  it("takes a run whose worker died again as its next attempt, and fails it for good when none is left", async () => {
    const org = await createTestOrganization();
    const events = testEvents("lease");
    const clock = manualClock();
    const define = (id: string, retries: number) =>
      defineEventJob({ id, name: `Test: ${id}`, event: events.started, retries, handler: async ({ step }) => step.run("work", async () => ({ done: true })) });
    const retried = define("test-lease-retried", 1);
    const last = define("test-lease-last", 0);
    await sendEvents([events.started.create({ organizationId: org.organizationId, key: "l" }, { id: "lease-1" })]);
    // A worker claims both runs, records their start and dies.
    await processEvents([retried, last], clock.now());
    for (const job of [retried, last]) {
      const claimed = await claimNextRun([job.id], clock.now());
      await startJobRun({ runKey: claimed!.id, functionId: job.id, organizationId: org.organizationId, engine: "embedded", attempt: claimed!.attempt });
    }
    const runner = new EmbeddedRunner({ jobs: [retried, last], now: clock.now });
    await runner.drain();
    expect(await db.jobRun.count({ where: { functionId: { in: [retried.id, last.id] }, status: "running" } })).toBe(2);

    clock.advance(16 * 60_000);
    await runner.drain();
    expect(await db.jobRun.findUnique({ where: { runKey: "test-lease-retried:lease-1" } })).toMatchObject({ status: "completed", attempt: 2, result: { done: true } });
    const lost = await db.jobRun.findUnique({ where: { runKey: "test-lease-last:lease-1" } });
    expect(lost).toMatchObject({ status: "failed", error: expect.stringContaining("lease expired") as unknown });
    expect(lost!.finishedAt).toBeInstanceOf(Date);
    expect(await db.jobQueue.findUnique({ where: { id: "test-lease-last:lease-1" }, select: { status: true } })).toEqual({ status: "failed" });
  });

  it("finishes job_runs a stopped process left running: by the queue row's outcome, or failed", async () => {
    const org = await createTestOrganization();
    const now = new Date();
    const run = (runKey: string, engine: "embedded" | "manual", startedAt = now) =>
      db.jobRun.create({ data: { runKey, functionId: "test-settle", organizationId: org.organizationId, engine, startedAt } });
    await db.jobQueue.createMany({
      data: [
        { id: "settle:done", functionId: "test-settle", eventName: "e", data: {}, maxAttempts: 1, status: "completed" },
        { id: "settle:cancelled", functionId: "test-settle", eventName: "e", data: {}, maxAttempts: 1, status: "cancelled" },
        { id: "settle:sleeping", functionId: "test-settle", eventName: "e", data: {}, maxAttempts: 1, status: "queued" },
      ],
    });
    for (const key of ["settle:done", "settle:cancelled", "settle:sleeping", "settle:gone"]) await run(key, "embedded");
    await run("manual:old", "manual", new Date(now.getTime() - 2 * 60 * 60_000));
    await run("manual:now", "manual");

    expect(await settleAbandonedJobRuns(now)).toBe(4);
    const status = async (runKey: string) => (await db.jobRun.findUniqueOrThrow({ where: { runKey } })).status;
    expect(await status("settle:done")).toBe("completed");
    expect(await status("settle:cancelled")).toBe("cancelled");
    expect(await status("settle:gone")).toBe("failed");
    expect(await status("manual:old")).toBe("failed");
    // A sleeping run and a run an admin started a moment ago are still going.
    expect(await status("settle:sleeping")).toBe("running");
    expect(await status("manual:now")).toBe("running");
  });

  it("sleeps until a time and resumes there, without re-running the steps before the sleep", async () => {
    const org = await createTestOrganization();
    const events = testEvents("sleep");
    let before = 0;
    const clock = manualClock();
    const wakeAt = new Date(clock.at() + 600);
    const job = defineEventJob({
      id: "test-sleep",
      name: "Test: sleep",
      event: events.started,
      handler: async ({ step }) => {
        await step.run("before", async () => ++before);
        await step.sleepUntil("wait", wakeAt);
        return step.run("after", async () => clock.now().toISOString());
      },
    });
    const runner = new EmbeddedRunner({ jobs: [job], now: clock.now });
    await sendEvents([events.started.create({ organizationId: org.organizationId, key: "s" }, { id: "sleep-1" })]);
    await runner.drain();
    const sleeping = await db.jobQueue.findUniqueOrThrow({ where: { id: "test-sleep:sleep-1" } });
    expect(sleeping).toMatchObject({ status: "queued", attempt: 1 });
    expect(sleeping.runAt.getTime()).toBe(wakeAt.getTime());
    expect(await db.jobRun.findUnique({ where: { runKey: "test-sleep:sleep-1" }, select: { status: true } })).toEqual({ status: "running" });

    clock.advance(599);
    await runner.drain();
    expect((await db.jobQueue.findUniqueOrThrow({ where: { id: "test-sleep:sleep-1" } })).status).toBe("queued");
    clock.advance(1);
    await runner.drain();
    const run = await db.jobRun.findUniqueOrThrow({ where: { runKey: "test-sleep:sleep-1" } });
    expect(run.status).toBe("completed");
    expect(new Date(run.result as string).getTime()).toBeGreaterThanOrEqual(wakeAt.getTime());
    expect(before).toBe(1);
  });

  it("cancels a sleeping run when a matching cancel event arrives, and only that run", async () => {
    const org = await createTestOrganization();
    const events = testEvents("cancel");
    const reminded: string[] = [];
    const job = defineEventJob({
      id: "test-cancel",
      name: "Test: cancel",
      event: events.started,
      cancelOn: { event: events.stopped, match: "data.key" },
      handler: async ({ event, step }) => {
        await step.sleepUntil("wait", new Date(Date.now() + 60_000));
        return step.run("remind", async () => {
          reminded.push(event.data.key);
          return null;
        });
      },
    });
    const runner = new EmbeddedRunner({ jobs: [job] });
    await sendEvents([
      events.started.create({ organizationId: org.organizationId, key: "a" }, { id: "cancel-a" }),
      events.started.create({ organizationId: org.organizationId, key: "b" }, { id: "cancel-b" }),
    ]);
    await runner.drain();
    await sendEvents([events.stopped.create({ organizationId: org.organizationId, key: "a" }, { id: "stop-a" })]);
    await runner.drain();

    const rows = await db.jobQueue.findMany({ where: { functionId: "test-cancel" }, select: { id: true, status: true }, orderBy: { id: "asc" } });
    expect(rows).toEqual([
      { id: "test-cancel:cancel-a", status: "cancelled" },
      { id: "test-cancel:cancel-b", status: "queued" },
    ]);
    expect(await db.jobRun.findUnique({ where: { runKey: "test-cancel:cancel-a" } })).toMatchObject({ status: "cancelled" });
    expect(reminded).toEqual([]);
  });

  it("runs a cron that never ran once at start, then only on its schedule", async () => {
    const org = await createTestOrganization();
    const events = testEvents("cron");
    const fannedOut: string[] = [];
    const perOrganization = defineEventJob({
      id: "test-cron-organization",
      name: "Test: cron per organization",
      event: events.started,
      handler: async ({ event, step }) =>
        step.run("work", async () => {
          fannedOut.push(event.data.organizationId);
          return null;
        }),
    });
    const cron = defineCronJob({
      id: "test-cron-schedule",
      name: "Test: cron",
      cron: "TZ=UTC 0 4 * * *",
      handler: async ({ step }) => {
        await step.sendEvent("fan-out", [events.started.create({ organizationId: org.organizationId, key: "c" }, { id: `cron-${randomUUID()}` })]);
        return { organizations: 1 };
      },
    });
    const runner = new EmbeddedRunner({ jobs: [cron, perOrganization] });
    expect(await requestFirstCronRuns([cron])).toEqual(["test-cron-schedule"]);
    await runner.drain();

    expect(fannedOut).toEqual([org.organizationId]);
    expect(await db.jobRun.findFirst({ where: { functionId: "test-cron-schedule" } })).toMatchObject({ status: "completed", result: { organizations: 1 } });
    // Next start: it has run, so no first run; the next occurrence (04:00 UTC) is queued.
    expect(await requestFirstCronRuns([cron])).toEqual([]);
    const next = await db.jobQueue.findMany({ where: { functionId: "test-cron-schedule", status: "queued" }, select: { runAt: true } });
    expect(next).toHaveLength(1);
    expect(next[0]!.runAt.getUTCHours()).toBe(4);
    expect(next[0]!.runAt.getTime()).toBeGreaterThan(Date.now());
  });
});
