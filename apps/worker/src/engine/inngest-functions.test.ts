import { createTestOrganization } from "@harbor/api/testing";
import { db } from "@harbor/db";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { jobRunsFinisher } from "./inngest-functions";

// Inngest's own events about a run (cancelled by cancelOn, failed for good outside the handler)
// finish the run's job_runs row, which the handler never got to finish.

const finish = (name: "inngest/function.cancelled" | "inngest/function.failed", runId: string, error?: { name: string; message: string }) =>
  new InngestTestEngine({ function: jobRunsFinisher }).execute({
    events: [{ name, data: { function_id: "harbor-calendar-appointment-reminders", run_id: runId, ...(error ? { error, event: { name: "x", data: {} } } : {}) } }],
  });

describe("job-runs-finish", () => {
  it("finishes a cancelled run as cancelled and a run that died on its last attempt as failed", async () => {
    const org = await createTestOrganization();
    const run = (runKey: string) => db.jobRun.create({ data: { runKey, functionId: "calendar-appointment-reminders", organizationId: org.organizationId, engine: "inngest" } });
    await run("inngest-cancelled");
    await run("inngest-died");

    expect((await finish("inngest/function.cancelled", "inngest-cancelled")).result).toEqual({ runKey: "inngest-cancelled", finished: true });
    await finish("inngest/function.failed", "inngest-died", { name: "Error", message: "worker stopped" });

    const cancelled = await db.jobRun.findUniqueOrThrow({ where: { runKey: "inngest-cancelled" } });
    expect(cancelled).toMatchObject({ status: "cancelled", error: null });
    expect(cancelled.finishedAt).toBeInstanceOf(Date);
    expect(await db.jobRun.findUniqueOrThrow({ where: { runKey: "inngest-died" } })).toMatchObject({ status: "failed", error: "Error: worker stopped" });
  });

  it("leaves a run the handler already finished as it was", async () => {
    const org = await createTestOrganization();
    await db.jobRun.create({ data: { runKey: "inngest-done", functionId: "scores-recompute-organization", organizationId: org.organizationId, engine: "inngest", status: "failed", error: "Error: original", finishedAt: new Date() } });
    expect((await finish("inngest/function.failed", "inngest-done", { name: "Error", message: "later" })).result).toEqual({ runKey: "inngest-done", finished: false });
    expect(await db.jobRun.findUniqueOrThrow({ where: { runKey: "inngest-done" } })).toMatchObject({ status: "failed", error: "Error: original" });
  });
});
