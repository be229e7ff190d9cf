import { db, type Database, type Prisma } from "@harbor/db";
import { withNextNumber } from "../../sequence-number";

// Ticket numbers are sequential per organization (TCK-1001, TCK-1002, …), taken through the
// shared sequence (services/sequence-number.ts: advisory lock, in-process queue); the unique
// (organization_id, number) index is the backstop.

export const FIRST_TICKET_NUMBER = 1001;

/** Runs `work` in a transaction holding the organization's next ticket number. */
export function withNextTicketNumber<T>(
  organizationId: string,
  work: (tx: Prisma.TransactionClient, number: number) => Promise<T>,
  client: Database = db,
): Promise<T> {
  return withNextNumber(
    {
      lockKey: `ticket-number:${organizationId}`,
      readMax: async (tx) => (await tx.ticket.aggregate({ where: { organizationId }, _max: { number: true } }))._max.number,
      first: FIRST_TICKET_NUMBER,
    },
    work,
    client,
  );
}
