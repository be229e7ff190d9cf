import { describe, expect, it } from "vitest";
import { claimStatuses, illegalClaimTransitionMessage, isLegalClaimTransition } from "./claim-transitions";

describe("claim transitions", () => {
  it("allows exactly submitted → under_review → approved|rejected, approved → settled", () => {
    const legal = claimStatuses.flatMap((from) => claimStatuses.filter((to) => isLegalClaimTransition(from, to)).map((to) => `${from}→${to}`));
    expect(legal).toEqual(["submitted→under_review", "under_review→approved", "under_review→rejected", "approved→settled"]);
  });

  it("names the refused transition and the way forward", () => {
    expect(illegalClaimTransitionMessage("submitted", "approved")).toBe("A claim cannot move from submitted to approved: from submitted a claim may move to under_review");
    expect(illegalClaimTransitionMessage("rejected", "settled")).toBe("A claim cannot move from rejected to settled: rejected is final");
  });
});
