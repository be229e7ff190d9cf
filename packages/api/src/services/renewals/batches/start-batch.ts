import { db } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope } from "../../../access/organization-scope";
import { AppError } from "../../../errors";
import { renewalBatchApplyRequested } from "../../../events/renewals";
import { JobQueueError, sendEvents } from "../../../jobs/send-events";
import { batchSelect, summarizeBatch } from "./batch-summary";
import { findBatchInOrganization } from "./find-batch";

// Hands a validated batch to the worker. When the job cannot be queued the batch stays validated,
// its message saying why, and nothing is lost: renewals.batches.start queues it again. A batch the
// worker left failed with rows still pending can be started again the same way.

export async function startBatch({ actor, id }: { actor: Actor; id: string }) {
  const { organizationId } = organizationScope(actor);
  const batch = await findBatchInOrganization(actor, id, { id: true, status: true });
  if (batch.status === "processing" || batch.status === "completed" || batch.status === "completed_with_errors") {
    throw new AppError("VALIDATION_ERROR", `The batch is ${batch.status.replaceAll("_", " ")}; only a validated or failed batch can be started`);
  }
  const pending = await db.renewalBatchRow.count({ where: { batchId: batch.id, status: "pending" } });
  if (pending === 0) throw new AppError("VALIDATION_ERROR", "The batch has no rows left to apply");
  const attempt = Date.now();
  try {
    await sendEvents([renewalBatchApplyRequested.create({ organizationId, batchId: batch.id }, { id: `renewal-batch-${batch.id}-${attempt}` })]);
    await db.renewalBatch.update({ where: { id: batch.id }, data: { status: "processing", message: null, startedAt: new Date(), finishedAt: null } });
  } catch (error) {
    if (!(error instanceof JobQueueError)) throw error;
    await db.renewalBatch.update({ where: { id: batch.id }, data: { status: "validated", message: `${error.message}. The rows are kept; start the batch again.` } });
  }
  return summarizeBatch(await db.renewalBatch.findUniqueOrThrow({ where: { id: batch.id }, select: batchSelect }));
}
