import type { BadgeTone } from "~/components/ui/badge";
import type { RouterOutputs } from "~/trpc/types";

export type LeadListItem = RouterOutputs["crm"]["leads"]["list"]["items"][number];
export type LeadStatus = LeadListItem["status"];
export type LeadKind = LeadListItem["kind"];

/** The kanban's columns, left to right, and every place a status is shown or picked. */
export const leadStatuses = ["new", "contacted", "qualified", "appointment_set", "proposal", "won", "lost"] as const satisfies readonly LeadStatus[];

export const leadStatusLabels: Record<LeadStatus, string> = {
  new: "New",
  contacted: "Contacted",
  qualified: "Qualified",
  appointment_set: "Appointment set",
  proposal: "Proposal",
  won: "Won",
  lost: "Lost",
};

export const leadStatusTones: Record<LeadStatus, BadgeTone> = {
  new: "neutral",
  contacted: "indigo",
  qualified: "indigo",
  appointment_set: "amber",
  proposal: "amber",
  won: "green",
  lost: "red",
};

export const leadKindLabels: Record<LeadKind, string> = { client: "Client", recruit: "Recruit" };

export function isLeadStatus(value: string | null | undefined): value is LeadStatus {
  return (leadStatuses as readonly string[]).includes(value ?? "");
}

/** Score bands a producer reads at a glance: 70+ hot, 40+ warm, below that cold. */
export function scoreTone(score: number): "green" | "amber" | "red" {
  if (score >= 70) return "green";
  if (score >= 40) return "amber";
  return "red";
}
