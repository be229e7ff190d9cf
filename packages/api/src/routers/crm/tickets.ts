import { createTicket, deleteTicket, getTicket, listTickets, replyToTicket, updateTicket } from "../../services/crm/tickets";
import { deletedOutput } from "../shared.schema";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import {
  createTicketInput,
  listTicketsInput,
  listTicketsOutput,
  replyTicketInput,
  ticketDetailOutput,
  ticketIdInput,
  ticketMessageOutput,
  ticketOutput,
  updateTicketInput,
} from "./tickets.schema";

// The service desk. Agents reach tickets assigned to or created by them, or on contacts they
// own; managers their team's; admin, compliance and viewers the organization's (viewers and
// compliance read only). A ticket outside reach is NOT_FOUND.

const readTickets = requirePermission("crm:read");
const writeTickets = requirePermission("crm:write", { auditEntity: "ticket" });

export const ticketsRouter = createTRPCRouter({
  list: readTickets.input(listTicketsInput).output(listTicketsOutput).query(serve(listTickets)),

  /** With the whole thread, oldest first, internal notes included. */
  get: readTickets.input(ticketIdInput).output(ticketDetailOutput).query(serve(getTicket)),

  create: writeTickets.input(createTicketInput).output(ticketOutput).mutation(serve(createTicket)),

  /** A reply to the client, or an internal note with `internal: true`; returns the message. */
  reply: requirePermission("crm:write", { auditEntity: "ticket_message" })
    .input(replyTicketInput)
    .output(ticketMessageOutput)
    .mutation(serve(replyToTicket)),

  update: writeTickets.input(updateTicketInput).output(ticketOutput).mutation(serve(updateTicket)),

  /** Moves the ticket to the trash (crm.trash.restore brings it back). */
  delete: requirePermission("crm:delete", { auditEntity: "ticket" }).input(ticketIdInput).output(deletedOutput).mutation(serve(deleteTicket)),
});
