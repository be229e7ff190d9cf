import { db, type Prisma, type Priority, type TicketStatus } from "@harbor/db";
import { within } from "../../../access/organization-scope";
import { type KeysetSort, type ListPageInput, readKeysetList } from "../../pagination";
import { containsText } from "../../text-search";
import { ticketScope } from "../../../access/scopes/ticket-scope";
import { ticketListSelect } from "./ticket-select";

// "number" is newest first (numbers follow creation) and is served by the unique
// (organization_id, number) index; "updatedAt" is most recently changed first.
export const ticketSorts = ["number", "updatedAt"] as const;
export type TicketSort = (typeof ticketSorts)[number];

const sortKeys: Record<TicketSort, KeysetSort> = {
  number: { field: "number", direction: "desc", kind: "number" },
  updatedAt: { field: "updatedAt", direction: "desc", kind: "date" },
};

/** "TCK-1042", "tck 1042" or "1042" name a ticket by its number. */
export function ticketNumberOf(term: string): number | null {
  const match = /^(?:tck[\s-]*)?(\d{1,9})$/i.exec(term.trim());
  return match ? Number(match[1]) : null;
}

export interface ListTicketsInput extends ListPageInput {
  status?: TicketStatus;
  priority?: Priority;
  /** null lists the unassigned tickets. */
  assigneeId?: string | null;
  contactId?: string;
  category?: string;
  sort?: TicketSort;
}

export async function listTickets({ actor, cursor, limit, search, status, priority, assigneeId, contactId, category, sort = "number" }: ListTicketsInput) {
  const filters: Prisma.TicketWhereInput[] = [];
  if (status) filters.push({ status });
  if (priority) filters.push({ priority });
  if (assigneeId !== undefined) filters.push({ assigneeId });
  if (contactId) filters.push({ contactId });
  if (category) filters.push({ category: { equals: category, mode: "insensitive" } });
  if (search) {
    const number = ticketNumberOf(search);
    filters.push({ OR: [{ subject: containsText(search) }, ...(number !== null ? [{ number }] : [])] });
  }
  const where: Prisma.TicketWhereInput = within(ticketScope(actor), { AND: filters });
  return readKeysetList({
    where,
    sort: sortKeys[sort],
    cursor,
    limit,
    search,
    findMany: (args) => db.ticket.findMany({ ...args, select: ticketListSelect }),
    count: (args) => db.ticket.count(args),
    valueOf: (row) => row[sort],
  });
}
