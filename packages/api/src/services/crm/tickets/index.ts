export { findTicketInScope, getTicket, listTickets, ticketNumberOf, ticketSorts, type TicketSort } from "./read-tickets";
export { createTicket, replyToTicket, ticketLabel, updateTicket } from "./write-tickets";
