import { db, type Database, type Prisma } from "@harbor/db";

// Ticket numbers are sequential per organization (TCK-1001, TCK-1002, …). The next number is
// max + 1 read under a transaction-scoped advisory lock per organization, so concurrent creates —
// from any number of processes — never read the same maximum; the unique (organization_id,
// number) index is the backstop. Within one process, creates for an organization also queue in
// memory before they take a pooled connection: otherwise a burst of creates would hold every
// connection of the pool while waiting for the lock, starving all other requests.

export const FIRST_TICKET_NUMBER = 1001;

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

/** Runs `work` in a transaction holding the organization's next ticket number. */
export function withNextTicketNumber<T>(
  organizationId: string,
  work: (tx: Prisma.TransactionClient, number: number) => Promise<T>,
  client: Database = db,
): Promise<T> {
  return inTurn(client, organizationId, () =>
    client.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`ticket-number:${organizationId}`}, 0))`;
        const { _max } = await tx.ticket.aggregate({ where: { organizationId }, _max: { number: true } });
        return work(tx, Math.max((_max.number ?? 0) + 1, FIRST_TICKET_NUMBER));
      },
      // Other processes may hold the lock for a moment; waiting is better than failing the create.
      { maxWait: 10_000, timeout: 15_000 },
    ),
  );
}
