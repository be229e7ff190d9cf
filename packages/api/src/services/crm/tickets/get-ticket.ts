import { db } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { requireId, within } from "../../../access/organization-scope";
import { notFound } from "../../../errors";
import { ticketScope } from "../../../access/scopes/ticket-scope";
import { ticketListSelect, ticketMessageSelect, toTicketMessage } from "./ticket-select";
import { summarySelect } from "../../summary-select";

/** The ticket with its whole thread, oldest first; internal notes included (this is the team's view). */
export async function getTicket({ actor, id }: { actor: Actor; id: string }) {
  const ticket = await db.ticket.findFirst({
    where: within(ticketScope(actor), { id: requireId(id) }),
    select: {
      ...ticketListSelect,
      contact: { select: { id: true, name: true, email: true, phone: true } },
      createdBy: summarySelect,
      messages: { select: ticketMessageSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!ticket) throw notFound("Ticket");
  return { ...ticket, messages: ticket.messages.map(toTicketMessage) };
}

/** The fields the write paths need from a ticket within reach; NOT_FOUND otherwise. */
export async function findTicketInScope(actor: Actor, id: string) {
  const ticket = await db.ticket.findFirst({
    where: within(ticketScope(actor), { id: requireId(id) }),
    select: { id: true, number: true, subject: true, status: true, priority: true, category: true, assigneeId: true, createdById: true, resolvedAt: true, contactId: true },
  });
  if (!ticket) throw notFound("Ticket");
  return ticket;
}
