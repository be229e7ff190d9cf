import type { BadgeTone } from "~/components/ui/badge";
import type { RouterOutputs } from "~/trpc/types";

type Policy = RouterOutputs["crm"]["contacts"]["get"]["policies"][number];
export type PolicyType = Policy["type"];
export type PolicyStatus = Policy["status"];

export const policyTypeLabels: Record<PolicyType, string> = {
  auto: "Auto",
  home: "Home",
  life: "Life",
  health: "Health",
  commercial: "Commercial",
  umbrella: "Umbrella",
  renters: "Renters",
  other: "Other",
};

export const policyStatusLabels: Record<PolicyStatus, string> = {
  active: "Active",
  pending: "Pending",
  lapsed: "Lapsed",
  cancelled: "Cancelled",
  expired: "Expired",
};

export const policyStatusTones: Record<PolicyStatus, BadgeTone> = {
  active: "green",
  pending: "amber",
  lapsed: "red",
  cancelled: "neutral",
  expired: "neutral",
};
