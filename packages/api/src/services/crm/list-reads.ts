import { db, Prisma } from "@harbor/db";

// The queries behind a searched list (a page and its total) run in one read transaction with
// planner settings scoped to it (set_config(..., true) ends with the transaction); an unsearched
// list runs as it is (JIT is off for every connection, see @harbor/db's client). Measured on
// 100k contacts:
//
//  - When searching for 3 characters or more (what a trigram index can serve), plans that read
//    the trigram indexes. Postgres prices ILIKE like any cheap operator, so it prefers filtering
//    every contact of the organization, or walking the sort index until enough rows match: 150 to
//    450 ms for a term that matches few or none (an agent's search, a typo), against 1 to 15 ms
//    through the trigram indexes. Pricing operators closer to their real cost and taking plain
//    index and sequential scans off the table leaves the trigram bitmap (combined with the owner
//    index for agents) as the plan; the page is then sorted from the matches.

const TRIGRAM = 3;

export function readList<T>({ search }: { search?: string | undefined }, read: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  if ((search?.length ?? 0) < TRIGRAM) return read(db);
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw(
        Prisma.sql`SELECT set_config('cpu_operator_cost', '0.05', true), set_config('enable_seqscan', 'off', true),
                          set_config('enable_indexscan', 'off', true)`,
      );
      return read(tx);
    },
    // A busy pool can keep a list waiting for a connection longer than Prisma's 2 s default.
    { maxWait: 10_000, timeout: 15_000 },
  );
}
