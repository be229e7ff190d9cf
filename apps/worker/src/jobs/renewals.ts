import { systemActor } from "@harbor/api";
import { renewalBatchApplyRequested, renewalsOpenDueRequested } from "@harbor/api/events";
import { defineCronJob, defineEventJob } from "@harbor/api/jobs";
import { listOrganizationIds } from "@harbor/api/services/notifications/delete-expired";
import { applyBatchChunk, beginBatch, finishBatch } from "@harbor/api/services/renewals/batches/index";
import { openDueCases } from "@harbor/api/services/renewals/cases/index";

// Renewals in the background. Daily, the cron fans out one event per organization and day; each
// organization's run opens the cases whose renewal date entered its window and closes those whose
// policy was renewed or cancelled (openDueCases, the service renewals.cases.openDue calls). A
// renewal file's rows are applied in named chunk steps: each chunk marks its rows applied in its
// own transaction, so a retried run skips what is done and goes on where it stopped.

export const renewalsOpenDueSchedule = defineCronJob({
  id: "renewals-open-due-schedule",
  name: "Renewals: schedule the daily case opening",
  cron: "TZ=UTC 0 5 * * *",
  handler: async ({ step }) => {
    const organizationIds = await step.run("list-organizations", () => listOrganizationIds());
    const asOf = new Date().toISOString();
    if (organizationIds.length === 0) return { organizations: 0 };
    await step.sendEvent(
      "fan-out-open-due",
      organizationIds.map((organizationId) => renewalsOpenDueRequested.create({ organizationId, asOf }, { id: `renewals-open-due-${organizationId}-${asOf.slice(0, 10)}` })),
    );
    return { organizations: organizationIds.length };
  },
});

export const renewalsOpenDue = defineEventJob({
  id: "renewals-open-due-organization",
  name: "Renewals: open an organization's due cases and close those settled in the CRM",
  event: renewalsOpenDueRequested,
  concurrency: 2,
  handler: async ({ event, step }) => {
    const { organizationId, asOf } = event.data;
    return step.run("open-due-cases", () => openDueCases({ actor: systemActor(organizationId, "jobs.renewals.open-due"), now: new Date(asOf) }));
  },
});

/** More chunks than a file can have (the import's row limit over the chunk size) ends a run that stopped making progress. */
const MAX_CHUNKS = 1_000;

export const renewalBatchApply = defineEventJob({
  id: "renewals-batch-apply",
  name: "Renewals: apply a renewal file's rows",
  event: renewalBatchApplyRequested,
  concurrency: 2,
  handler: async ({ event, step }) => {
    const { organizationId, batchId } = event.data;
    const actor = systemActor(organizationId, "jobs.renewals.batch-apply");
    await step.run("begin", () => beginBatch({ actor, batchId }));
    let chunks = 0;
    for (let index = 1; index <= MAX_CHUNKS; index += 1) {
      const { remaining } = await step.run(`apply-rows-${index}`, () => applyBatchChunk({ actor, batchId }));
      chunks = index;
      if (remaining === 0) break;
    }
    const outcome = await step.run("finish", () => finishBatch({ actor, batchId }));
    return { chunks, ...outcome };
  },
});
