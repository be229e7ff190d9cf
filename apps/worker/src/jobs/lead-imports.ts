import { systemActor } from "@harbor/api";
import { leadImportApplyRequested } from "@harbor/api/events";
import { defineEventJob } from "@harbor/api/jobs";
import { applyLeadImportChunk, beginLeadImport, finishLeadImport } from "@harbor/api/services/crm/leads/import/index";

// A large lead file's staged rows, applied in named chunk steps (the renewal file's pattern): each
// chunk marks its rows applied in its own transaction, so a retried run skips what is done and
// goes on where it stopped, creating no lead twice.

/** More chunks than a file can have (the import's row limit over the chunk size) ends a run that stopped making progress. */
const MAX_CHUNKS = 1_000;

export const leadImportApply = defineEventJob({
  id: "crm-lead-import-apply",
  name: "CRM: apply a large lead import",
  event: leadImportApplyRequested,
  concurrency: 2,
  handler: async ({ event, step }) => {
    const { organizationId, importId } = event.data;
    const actor = systemActor(organizationId, "jobs.crm.lead-import");
    await step.run("begin", () => beginLeadImport({ actor, importId }));
    let chunks = 0;
    for (let index = 1; index <= MAX_CHUNKS; index += 1) {
      const { remaining } = await step.run(`apply-rows-${index}`, () => applyLeadImportChunk({ actor, importId }));
      chunks = index;
      if (remaining === 0) break;
    }
    const outcome = await step.run("finish", () => finishLeadImport({ actor, importId }));
    return { chunks, ...outcome };
  },
});
