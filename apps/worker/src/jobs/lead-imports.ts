import { systemActor } from "@harbor/api";
import { leadImportApplyRequested } from "@harbor/api/events";
import { defineEventJob } from "@harbor/api/jobs";
import { applyLeadImportChunk, beginLeadImport, finishLeadImport } from "@harbor/api/services/crm/leads/import/index";
import { applyInChunks } from "./chunked-apply";

// A large lead file's staged rows, applied in named chunk steps (applyInChunks, as the renewal
// file's): a retried run skips the chunks done and creates no lead twice.

export const leadImportApply = defineEventJob({
  id: "crm-lead-import-apply",
  name: "CRM: apply a large lead import",
  event: leadImportApplyRequested,
  concurrency: 2,
  handler: async ({ event, step }) => {
    const { organizationId, importId } = event.data;
    const actor = systemActor(organizationId, "jobs.crm.lead-import");
    return applyInChunks(step, {
      begin: () => beginLeadImport({ actor, importId }),
      applyChunk: () => applyLeadImportChunk({ actor, importId }),
      finish: () => finishLeadImport({ actor, importId }),
    });
  },
});
