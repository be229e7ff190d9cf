import { AsyncLocalStorage } from "node:async_hooks";
import { db, type Database, type Prisma } from "@harbor/db";
import { recordAudit, type AuditEntry } from "./record-audit";

// A mutation's audit row is written in the transaction of the change it records, so a change
// never commits without its row (no 500 after a committed change, no second change on a retry).
// The procedure (trpc.ts `auditMutations`) or a copilot tool (tool-registry.ts) says what the row
// records — actor, action, entity, input — with `withPendingAudit`; the service runs its writes in
// `auditedTransaction`, which adds the row before the transaction commits. One row per call: a
// service that commits twice records the call in its first transaction.

interface PendingAudit {
  entry: AuditEntry;
  written: boolean;
}

const pendingAudits = new AsyncLocalStorage<PendingAudit>();

/** Runs `work` with `entry` as the audit row its transactions record; reports whether one did. */
export async function withPendingAudit<T>(entry: AuditEntry, work: () => Promise<T>): Promise<{ result: T; written: boolean }> {
  const pending: PendingAudit = { entry, written: false };
  const result = await pendingAudits.run(pending, work);
  return { result, written: pending.written };
}

/**
 * Completes the pending row from inside the service, before its transaction commits: the entity
 * a procedure serving several kinds acted on (crm.bulk.*), and what the change came to (the ids it
 * touched, the counts), beside the input the procedure recorded.
 */
export function describePendingAudit({ entityType, outcome }: { entityType?: string; outcome?: unknown }) {
  const pending = pendingAudits.getStore();
  if (!pending || pending.written) return;
  pending.entry = {
    ...pending.entry,
    ...(entityType ? { entityType } : {}),
    ...(outcome !== undefined ? { changes: { input: pending.entry.changes, outcome } } : {}),
  };
}

type TransactionOptions = Parameters<typeof db.$transaction>[1];

/**
 * `db.$transaction(work)` that also writes the pending audit row (if the caller is a procedure or
 * tool and none was written yet) as its last statement. The entity id is the pending entry's, or
 * the id of what `work` returned (a created record).
 */
export async function auditedTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>, options?: TransactionOptions, client: Database = db): Promise<T> {
  const pending = pendingAudits.getStore();
  const result = await client.$transaction(async (tx) => {
    const value = await work(tx);
    if (pending && !pending.written) {
      await recordAudit(tx, { ...pending.entry, entityId: pending.entry.entityId ?? idOf(value) });
    }
    return value;
  }, options);
  // Only once committed: a rolled-back attempt that a service retries must write the row again.
  if (pending) pending.written = true;
  return result;
}

/** The id of a returned record, or of the one record returned beside other values (`{ lead, announce }`). */
function idOf(value: unknown): string | null {
  if (!value || typeof value !== "object") return null;
  const own = (value as { id?: unknown }).id;
  if (typeof own === "string") return own;
  const ids = Object.values(value).flatMap((inner) => {
    const id = (inner as { id?: unknown } | null | undefined)?.id;
    return typeof id === "string" ? [id] : [];
  });
  return ids.length === 1 ? ids[0]! : null;
}
