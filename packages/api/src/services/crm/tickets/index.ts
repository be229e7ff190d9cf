export { findTicketInScope, getTicket, listTickets, ticketNumberOf, ticketSorts, type TicketSort } from "./read-tickets";
export { ticketScope, ticketScopeSql } from "./ticket-scope";
export { createTicket, replyToTicket, ticketLabel, updateTicket } from "./write-tickets";
