import { eventType } from "inngest";
import { z } from "zod";

/** Fan-out of the daily case opening: one event per organization and day. */
export const renewalsOpenDueRequested = eventType("harbor/renewals.open-due.requested", {
  schema: z.object({
    organizationId: z.uuid(),
    /** The day's instant: "today" for the window. */
    asOf: z.iso.datetime(),
  }),
});

/** A validated renewal file's rows are to be applied (upload or renewals.batches.start). */
export const renewalBatchApplyRequested = eventType("harbor/renewals.batch.apply-requested", {
  schema: z.object({
    organizationId: z.uuid(),
    batchId: z.uuid(),
  }),
});
