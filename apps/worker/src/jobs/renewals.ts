import { renewalBatchApplyRequested, renewalsOpenDueRequested } from "@harbor/api/events";
import { applyBatchChunk, beginBatch, finishBatch } from "@harbor/api/services/renewals/batches/index";
import { openDueCases } from "@harbor/api/services/renewals/cases/index";
import { applyInChunks } from "./chunked-apply";
import { defineFanOutCronJob } from "./fan-out";
import { defineOrganizationJob } from "./organization-job";

// Renewals in the background. Daily, the cron fans out one event per organization and day; each
// organization's run opens the cases whose renewal date entered its window and closes those whose
// policy was renewed or cancelled (openDueCases, the service renewals.cases.openDue calls). A
// renewal file's rows are applied in named chunk steps: each chunk marks its rows applied in its
// own transaction, so a retried run skips what is done and goes on where it stopped.

export const renewalsOpenDueSchedule = defineFanOutCronJob({
  id: "renewals-open-due-schedule",
  name: "Renewals: schedule the daily case opening",
  cron: "TZ=UTC 0 5 * * *",
  fanOutStep: "fan-out-open-due",
  eventFor: (organizationId, asOf) => renewalsOpenDueRequested.create({ organizationId, asOf }, { id: `renewals-open-due-${organizationId}-${asOf.slice(0, 10)}` }),
});

export const renewalsOpenDue = defineOrganizationJob({
  id: "renewals-open-due-organization",
  name: "Renewals: open an organization's due cases and close those settled in the CRM",
  event: renewalsOpenDueRequested,
  concurrency: 2,
  systemActor: "jobs.renewals.open-due",
  handler: async ({ event, step, actor }) => step.run("open-due-cases", () => openDueCases({ actor, now: new Date(event.data.asOf) })),
});

export const renewalBatchApply = defineOrganizationJob({
  id: "renewals-batch-apply",
  name: "Renewals: apply a renewal file's rows",
  event: renewalBatchApplyRequested,
  concurrency: 2,
  systemActor: "jobs.renewals.batch-apply",
  handler: async ({ event, step, actor }) => {
    const { batchId } = event.data;
    return applyInChunks(step, {
      begin: () => beginBatch({ actor, batchId }),
      applyChunk: () => applyBatchChunk({ actor, batchId }),
      finish: () => finishBatch({ actor, batchId }),
    });
  },
});
