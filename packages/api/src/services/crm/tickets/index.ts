export { findTicketInScope, getTicket } from "./get-ticket";
export { listTickets, ticketNumberOf, ticketSorts, type TicketSort } from "./list-tickets";
export { ticketListSelect, ticketMessageSelect } from "./ticket-select";
export { createTicket, deleteTicket, replyToTicket, ticketLabel, updateTicket } from "./write-ticket";
