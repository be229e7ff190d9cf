import { eventType } from "inngest";
import { z } from "zod";

/** A large lead import's staged rows are to be applied (crm.leads.import.commit above the threshold). */
export const leadImportApplyRequested = eventType("harbor/crm.lead-import.apply-requested", {
  schema: z.object({
    organizationId: z.uuid(),
    importId: z.uuid(),
  }),
});
