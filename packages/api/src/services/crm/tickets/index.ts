export { findTicketInScope, getTicket } from "./get-ticket";
export { listTickets, ticketNumberOf, ticketSorts, type TicketSort } from "./list-tickets";
export { ticketListSelect, ticketMessageSelect, toTicketMessage } from "./ticket-select";
export { createTicket, deleteTicket, replyToTicket, ticketLabel, ticketReplySubject, updateTicket } from "./write-ticket";
