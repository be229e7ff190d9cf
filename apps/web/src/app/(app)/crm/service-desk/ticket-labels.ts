import type { BadgeTone } from "~/components/ui/badge";
import type { RouterOutputs } from "~/trpc/types";

type Ticket = RouterOutputs["crm"]["tickets"]["list"]["items"][number];
export type TicketStatus = Ticket["status"];
export type TicketPriority = Ticket["priority"];

export const ticketStatusLabels: Record<TicketStatus, string> = { open: "Open", pending: "Pending", resolved: "Resolved", closed: "Closed" };
export const ticketStatusTones: Record<TicketStatus, BadgeTone> = { open: "indigo", pending: "amber", resolved: "green", closed: "neutral" };
export const ticketPriorityLabels: Record<TicketPriority, string> = { low: "Low", medium: "Medium", high: "High", urgent: "Urgent" };
export const ticketPriorityTones: Record<TicketPriority, BadgeTone> = { low: "neutral", medium: "neutral", high: "amber", urgent: "red" };

/** "TCK-1042", as the team says it. */
export const ticketLabel = (number: number) => `TCK-${number}`;
