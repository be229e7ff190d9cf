import { leadImportApplyRequested } from "@harbor/api/events";
import { applyLeadImportChunk, beginLeadImport, finishLeadImport } from "@harbor/api/services/crm/leads/import/index";
import { applyInChunks } from "./chunked-apply";
import { defineOrganizationJob } from "./organization-job";

// A large lead file's staged rows, applied in named chunk steps (applyInChunks, as the renewal
// file's): a retried run skips the chunks done and creates no lead twice.

export const leadImportApply = defineOrganizationJob({
  id: "crm-lead-import-apply",
  name: "CRM: apply a large lead import",
  event: leadImportApplyRequested,
  concurrency: 2,
  systemActor: "jobs.crm.lead-import",
  handler: async ({ event, step, actor }) => {
    const { importId } = event.data;
    return applyInChunks(step, {
      begin: () => beginLeadImport({ actor, importId }),
      applyChunk: () => applyLeadImportChunk({ actor, importId }),
      finish: () => finishLeadImport({ actor, importId }),
    });
  },
});
