import type { ClaimStatus } from "@harbor/db";

// A claim's life (spec 001): submitted → under_review → approved | rejected; approved → settled,
// which records the settlement amount and date. Nothing moves backwards and rejected and settled
// are final.

export const claimStatuses = ["submitted", "under_review", "approved", "rejected", "settled"] as const satisfies readonly ClaimStatus[];

export const claimTransitions: Record<ClaimStatus, readonly ClaimStatus[]> = {
  submitted: ["under_review"],
  under_review: ["approved", "rejected"],
  approved: ["settled"],
  rejected: [],
  settled: [],
};

export function isLegalClaimTransition(from: ClaimStatus, to: ClaimStatus): boolean {
  return claimTransitions[from].includes(to);
}

/** Why a move is refused, naming it and what the claim may do instead. */
export function illegalClaimTransitionMessage(from: ClaimStatus, to: ClaimStatus): string {
  const next = claimTransitions[from];
  const options = next.length === 0 ? `${from} is final` : `from ${from} a claim may move to ${next.join(" or ")}`;
  return `A claim cannot move from ${from} to ${to}: ${options}`;
}
