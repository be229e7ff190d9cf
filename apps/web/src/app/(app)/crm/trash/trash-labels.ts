import type { TrashEntityType } from "~/components/crm/use-undo-delete";

export const trashEntityLabels: Record<TrashEntityType, string> = {
  lead: "Lead",
  contact: "Contact",
  policy: "Policy",
  opportunity: "Deal",
  ticket: "Ticket",
  note: "Note",
};

const dayMs = 24 * 60 * 60 * 1000;

/** Whole days left before a trashed record can no longer be restored: 0 on its last day and after. */
export function daysLeft(restorableUntil: Date, now: Date = new Date()): number {
  return Math.max(0, Math.floor((restorableUntil.getTime() - now.getTime()) / dayMs));
}

/** "12 days left", "1 day left", "Last day", "Expired". */
export function daysLeftLabel(restorableUntil: Date, now: Date = new Date()): string {
  if (restorableUntil.getTime() <= now.getTime()) return "Expired";
  const days = daysLeft(restorableUntil, now);
  if (days === 0) return "Last day";
  return `${days} ${days === 1 ? "day" : "days"} left`;
}
