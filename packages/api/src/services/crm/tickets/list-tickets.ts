import { Prisma, type Priority, type TicketStatus } from "@harbor/db";
import { type ListPageInput, type SqlKeysetSort } from "../../pagination";
import { joinedRecord, readSqlList } from "../../sql-list-page";
import { containsPattern } from "../person-search";
import { ticketScopeSql } from "../../../access/scopes/ticket-scope";

// "number" is newest first (numbers follow creation) and is served by the unique
// (organization_id, number) index; "updatedAt" is most recently changed first.
export const ticketSorts = ["number", "updatedAt"] as const;
export type TicketSort = (typeof ticketSorts)[number];

const sortKeys: Record<TicketSort, SqlKeysetSort> = {
  number: { field: "number", column: "t.number", direction: "desc", kind: "number" },
  updatedAt: { field: "updatedAt", column: "t.updated_at", direction: "desc", kind: "date" },
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

/** The tickets list as read in SQL (sql-list-page.ts): ticketListSelect's fields, the contact and assignee as names. */
const ticketList = {
  from: Prisma.raw("tickets t"),
  columns: Prisma.sql`t.id, t.number, t.subject, t.category, t.status::text AS status, t.priority::text AS priority,
  t.last_message_at AS "lastMessageAt", t.resolved_at AS "resolvedAt", t.created_at AS "createdAt", t.updated_at AS "updatedAt",
  tc.id AS "contactId", tc.name AS "contactName", ta.id AS "assigneeId", ta.name AS "assigneeName"`,
  joins: Prisma.sql`LEFT JOIN contacts tc ON tc.id = t.contact_id LEFT JOIN users ta ON ta.id = t.assignee_id`,
};

interface TicketListRow {
  id: string;
  number: number;
  subject: string;
  category: string | null;
  status: TicketStatus;
  priority: Priority;
  lastMessageAt: Date | null;
  resolvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  contactId: string | null;
  contactName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
}

export async function listTickets({ actor, cursor, limit, search, status, priority, assigneeId, contactId, category, sort = "number" }: ListTicketsInput) {
  const where = [ticketScopeSql(actor, "t")];
  if (status) where.push(Prisma.sql`t.status = ${status}::"TicketStatus"`);
  if (priority) where.push(Prisma.sql`t.priority = ${priority}::"Priority"`);
  if (assigneeId === null) where.push(Prisma.sql`t.assignee_id IS NULL`);
  else if (assigneeId !== undefined) where.push(Prisma.sql`t.assignee_id = ${assigneeId}::uuid`);
  if (contactId) where.push(Prisma.sql`t.contact_id = ${contactId}::uuid`);
  if (category) where.push(Prisma.sql`lower(t.category) = lower(${category})`);
  if (search) {
    const number = ticketNumberOf(search);
    const bySubject = Prisma.sql`t.subject ILIKE ${containsPattern(search)}`;
    where.push(number === null ? bySubject : Prisma.sql`(${bySubject} OR t.number = ${number}::int)`);
  }
  const { items, ...page } = await readSqlList<TicketListRow>({ ...ticketList, where, key: sortKeys[sort], cursor, limit, search, valueOf: (row) => row[sort] });
  return { items: items.map(ticketListItem), ...page };
}

/** The row in ticketListSelect's shape, built field by field (the row also carries the page's count). */
function ticketListItem(row: TicketListRow) {
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    category: row.category,
    status: row.status,
    priority: row.priority,
    lastMessageAt: row.lastMessageAt,
    resolvedAt: row.resolvedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    contact: joinedRecord(row.contactId, row.contactName),
    assignee: joinedRecord(row.assigneeId, row.assigneeName),
  };
}
