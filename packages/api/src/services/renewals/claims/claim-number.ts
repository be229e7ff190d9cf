import { db, type Database, type Prisma } from "@harbor/db";
import { withNextNumber } from "../../sequence-number";

// Claim numbers are CLM-<year>-<sequence>: the sequence counts per organization and calendar year
// (UTC) from 0001, taken through the shared sequence (advisory lock, in-process queue); the unique
// (organization_id, year, sequence) index is the backstop.

export const claimNumberOf = (year: number, sequence: number) => `CLM-${year}-${String(sequence).padStart(4, "0")}`;

/** Runs `work` in a transaction holding the organization's next claim sequence for `year`. */
export function withNextClaimSequence<T>(
  organizationId: string,
  year: number,
  work: (tx: Prisma.TransactionClient, sequence: number) => Promise<T>,
  client: Database = db,
): Promise<T> {
  return withNextNumber(
    {
      lockKey: `claim-number:${organizationId}:${year}`,
      readMax: async (tx) => (await tx.claim.aggregate({ where: { organizationId, year }, _max: { sequence: true } }))._max.sequence,
      first: 1,
    },
    work,
    client,
  );
}
