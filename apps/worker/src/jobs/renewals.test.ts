import { systemActor } from "@harbor/api";
import { applyBatchChunk, uploadBatch } from "@harbor/api/services/renewals/batches/index";
import { createTestOrganization, renewalCsv, seedRenewingPolicy } from "@harbor/api/testing";
import { db } from "@harbor/db";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { EmbeddedRunner } from "../engine/embedded/runner";
import { requestFirstCronRuns } from "../engine/first-runs";
import { toInngestFunction } from "../engine/inngest-functions";
import { renewalBatchApply, renewalsOpenDue, renewalsOpenDueSchedule } from "./renewals";

const rows = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => ({ policyNumber: `${prefix}-${index + 1}`, renewalDate: "2026-07-01" }));

describe("renewal file application", () => {
  it("applies a file in chunk steps; a retried run skips the chunk already applied and opens each case once", async () => {
    const org = await createTestOrganization();
    const uploaded = await uploadBatch({ actor: org.users.admin, filename: "book.csv", content: renewalCsv(rows(1_200, "RUN")) });
    expect(uploaded).toMatchObject({ validRecords: 1_200, status: "processing" });

    // The first attempt applied rows 2–501 and died; its step result is memoized.
    const actor = systemActor(org.organizationId, "test");
    const firstChunk = await applyBatchChunk({ actor, batchId: uploaded.batchId });
    expect(firstChunk).toEqual({ applied: 500, failed: 0, remaining: 700 });

    const { result } = await new InngestTestEngine({ function: toInngestFunction(renewalBatchApply) }).execute({
      events: [{ name: "harbor/renewals.batch.apply-requested", data: { organizationId: org.organizationId, batchId: uploaded.batchId } }],
      steps: [{ id: "apply-rows-1", handler: () => firstChunk }],
    });
    expect(result).toEqual({ chunks: 3, status: "completed", successful: 1_200, failed: 0 });
    expect(await db.renewalCase.count({ where: { organizationId: org.organizationId } })).toBe(1_200);
    expect(await db.renewalBatchRow.count({ where: { batchId: uploaded.batchId, status: "applied" } })).toBe(1_200);
    const run = await db.jobRun.findFirst({ where: { organizationId: org.organizationId, functionId: "renewals-batch-apply" } });
    expect(run).toMatchObject({ status: "completed", result: { chunks: 3, status: "completed" } });
  }, 120_000);

  it("runs on the embedded runner from the upload's queued event", async () => {
    const org = await createTestOrganization();
    const uploaded = await uploadBatch({ actor: org.users.manager, filename: "small.csv", content: renewalCsv(rows(3, "EMB")) });
    await new EmbeddedRunner({ jobs: [renewalBatchApply] }).drain();
    expect(await db.renewalBatch.findUniqueOrThrow({ where: { id: uploaded.batchId } })).toMatchObject({ status: "completed", successful: 3 });
    const run = await db.jobRun.findFirstOrThrow({ where: { organizationId: org.organizationId, functionId: "renewals-batch-apply" } });
    expect(run).toMatchObject({ engine: "embedded", status: "completed" });
  });
});

describe("daily case opening", () => {
  it("fans out per organization and opens the due cases once, recorded in job_runs, on the embedded runner", async () => {
    const org = await createTestOrganization();
    await seedRenewingPolicy(org.organizationId, org.users.agent.userId, { renewsInDays: 20 });
    expect(await requestFirstCronRuns([renewalsOpenDueSchedule])).toEqual(["renewals-open-due-schedule"]);
    const runner = new EmbeddedRunner({ jobs: [renewalsOpenDueSchedule, renewalsOpenDue] });
    for (let round = 0; round < 5; round += 1) await runner.drain();
    const run = await db.jobRun.findFirstOrThrow({ where: { organizationId: org.organizationId, functionId: "renewals-open-due-organization" } });
    expect(run).toMatchObject({ engine: "embedded", status: "completed", result: { opened: 1, closed: 0, windowDays: 60 } });
    expect(await db.renewalCase.findFirst({ where: { organizationId: org.organizationId } })).toMatchObject({ assigneeId: org.users.agent.userId, status: "new" });
  });

  it("opens nothing twice when the organization's run is retried through Inngest", async () => {
    const org = await createTestOrganization();
    await seedRenewingPolicy(org.organizationId, org.users.agent.userId, { renewsInDays: 10 });
    const event = { name: "harbor/renewals.open-due.requested", data: { organizationId: org.organizationId, asOf: new Date().toISOString() } };
    const attempt = () => new InngestTestEngine({ function: toInngestFunction(renewalsOpenDue) }).execute({ events: [event] });
    expect((await attempt()).result).toMatchObject({ opened: 1 });
    // The step ran again (its result lost with the attempt): the term's unique case stops a second one.
    expect((await attempt()).result).toMatchObject({ opened: 0 });
    expect(await db.renewalCase.count({ where: { organizationId: org.organizationId } })).toBe(1);
  });
});
