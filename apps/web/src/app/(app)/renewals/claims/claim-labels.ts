import { claimStatuses, claimTransitions } from "@harbor/api/services/renewals/claims/claim-transitions";
import type { BadgeTone } from "~/components/ui/badge";

// The claims board's columns and moves come from the API's own table, so the buttons offer exactly
// the moves the server accepts.

export type ClaimStatus = (typeof claimStatuses)[number];

export { claimStatuses, claimTransitions };

export const claimStatusLabels: Record<ClaimStatus, string> = {
  submitted: "Submitted",
  under_review: "Under review",
  approved: "Approved",
  rejected: "Rejected",
  settled: "Settled",
};

export const claimStatusTones: Record<ClaimStatus, BadgeTone> = {
  submitted: "neutral",
  under_review: "indigo",
  approved: "green",
  rejected: "red",
  settled: "green",
};

/** The verb on the button that moves a claim into a status. */
export const claimMoveLabels: Record<ClaimStatus, string> = {
  submitted: "Submit",
  under_review: "Start review",
  approved: "Approve",
  rejected: "Reject",
  settled: "Settle…",
};
