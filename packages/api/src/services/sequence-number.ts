import { db, type Database, type Prisma } from "@harbor/db";
import { auditedTransaction } from "./audit/audited-transaction";

// Human-facing numbers that count per organization (tickets TCK-1001, claims CLM-2026-0001). The
// next number is max + 1 read under a transaction-scoped advisory lock on `lockKey`, so concurrent
// creates — from any number of processes — never read the same maximum; a unique index on the
// number is the backstop. The transaction records the caller's pending audit row (services/audit). Within one process, creates under the same key also queue in memory
// before they take a pooled connection: otherwise a burst of creates would hold every connection
// of the pool while waiting for the lock, starving all other requests.

// One queue per client (per process in production; tests open a second client to play another process).
const queuesByClient = new WeakMap<object, Map<string, Promise<unknown>>>();

function inTurn<T>(client: object, key: string, work: () => Promise<T>): Promise<T> {
  let queues = queuesByClient.get(client);
  if (!queues) queuesByClient.set(client, (queues = new Map<string, Promise<unknown>>()));
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return run;
}

export interface NextNumberOptions {
  /** Names the sequence, e.g. `ticket-number:<organizationId>`. */
  lockKey: string;
  /** The highest number taken so far, read inside the locked transaction; null when none is. */
  readMax: (tx: Prisma.TransactionClient) => Promise<number | null>;
  /** The first number of an empty sequence. */
  first: number;
}

/** Runs `work` in a transaction holding the sequence's next number. */
export function withNextNumber<T>(
  { lockKey, readMax, first }: NextNumberOptions,
  work: (tx: Prisma.TransactionClient, number: number) => Promise<T>,
  client: Database = db,
): Promise<T> {
  return inTurn(client, lockKey, () =>
    auditedTransaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;
        const max = await readMax(tx);
        return work(tx, Math.max((max ?? 0) + 1, first));
      },
      // Other processes may hold the lock for a moment; waiting is better than failing the create.
      { maxWait: 10_000, timeout: 15_000 },
      client,
    ),
  );
}
