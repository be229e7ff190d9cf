export { claimNumberOf, withNextClaimSequence } from "./claim-number";
export { claimSelect, toClaim } from "./claim-select";
export { claimStatuses, claimTransitions, illegalClaimTransitionMessage, isLegalClaimTransition } from "./claim-transitions";
export { findClaimInScope, getClaim } from "./get-claim";
export { listClaims, type ListClaimsInput } from "./list-claims";
export { createClaim, updateClaimStatus, type CreateClaimInput, type UpdateClaimStatusInput } from "./write-claim";
