import { systemActor } from "../access/actor";
import { applyLeadImportChunk, beginLeadImport, finishLeadImport } from "../services/crm/leads/import";
import { useApiEnv } from "./env";

/** Applies a queued lead import the way the worker does: begin, chunks until none remain, finish. */
export async function applyQueuedLeadImport(organizationId: string, importId: string, size?: number) {
  const actor = systemActor(organizationId, "test.lead-import");
  await beginLeadImport({ actor, importId });
  while ((await applyLeadImportChunk({ actor, importId, size })).remaining > 0);
  return finishLeadImport({ actor, importId });
}

/**
 * Queues lead files above `rows` rows for the tests of a file (or describe block), so queued
 * imports stay fast; the default (2,000) is restored after them.
 */
export function useImportQueueThreshold(rows: number): void {
  useApiEnv({ IMPORT_QUEUE_ABOVE_ROWS: String(rows) });
}
