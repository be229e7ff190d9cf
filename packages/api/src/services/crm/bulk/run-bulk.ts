import type { Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { publish, type RecordChange, type RecordEventName } from "../../../realtime";
import { auditedTransaction, describePendingAudit } from "../../audit";
import { findScoped, type ScopedRow } from "./bulk-records";
import { selectedIds, type BulkEntity, type BulkSelection } from "./bulk-selection";

// Every bulk action runs the same way: the selection resolved to ids, then one transaction that
// reads the ids the actor's record rules reach, writes the change set-based, and records the audit
// row (the entity and the touched ids with the counts); after commit, one signal per list so open
// screens refetch. The answer counts what changed, what already was so, and what was skipped.

export interface BulkResult {
  updated: number;
  unchanged: number;
  skipped: number;
}

export interface BulkWork {
  /** The ids the action changed. */
  changedIds: string[];
  /** Work after commit (notifications, rescoring). */
  afterCommit?: () => Promise<unknown>;
}

const recordEvents: Partial<Record<BulkEntity, RecordEventName>> = { lead: "lead:updated", opportunity: "opportunity:updated", task: "task:updated" };

/** Large selections write thousands of rows: the transaction may run past Prisma's 5 s default. */
const BULK_TRANSACTION = { timeout: 60_000, maxWait: 10_000 } as const;

export async function runBulk({
  actor,
  entity,
  selection,
  change,
  work,
}: {
  actor: Actor;
  entity: BulkEntity;
  selection: BulkSelection;
  change: RecordChange;
  work: (tx: Prisma.TransactionClient, rows: ScopedRow[]) => Promise<BulkWork>;
}): Promise<BulkResult> {
  const ids = await selectedIds(actor, entity, selection);
  const { result, afterCommit } = await auditedTransaction(async (tx) => {
    const rows = await findScoped(tx, actor, entity, ids);
    const { changedIds, afterCommit } = await work(tx, rows);
    const result = { updated: changedIds.length, unchanged: rows.length - changedIds.length, skipped: ids.length - rows.length };
    describePendingAudit({ entityType: entity, outcome: { ...result, ids: changedIds } });
    return { result, afterCommit };
  }, BULK_TRANSACTION);
  await afterCommit?.();
  const event = recordEvents[entity];
  if (event && result.updated > 0) await publish({ name: event, organizationId: actor.organizationId, userIds: [], data: { change } });
  return result;
}
