import { createTicket, deleteTicket, getTicket, listTickets, replyToTicket, updateTicket } from "../../services/crm/tickets";
import { deletedOutput } from "../shared.schema";
import { createTRPCRouter, crmRecordProcedures, requirePermission, serve } from "../../trpc";
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

const { read, write, remove } = crmRecordProcedures("ticket");

export const ticketsRouter = createTRPCRouter({
  list: read.input(listTicketsInput).output(listTicketsOutput).query(serve(listTickets)),

  /** With the whole thread, oldest first, internal notes included. */
  get: read.input(ticketIdInput).output(ticketDetailOutput).query(serve(getTicket)),

  create: write.input(createTicketInput).output(ticketOutput).mutation(serve(createTicket)),

  /** A reply to the client, or an internal note with `internal: true`; returns the message. */
  reply: requirePermission("crm:write", { auditEntity: "ticket_message" })
    .input(replyTicketInput)
    .output(ticketMessageOutput)
    .mutation(serve(replyToTicket)),

  update: write.input(updateTicketInput).output(ticketOutput).mutation(serve(updateTicket)),

  /** Moves the ticket to the trash (crm.trash.restore brings it back). */
  delete: remove.input(ticketIdInput).output(deletedOutput).mutation(serve(deleteTicket)),
});
