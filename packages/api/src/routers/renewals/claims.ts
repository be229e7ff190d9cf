import { createClaim, getClaim, listClaims, updateClaimStatus } from "../../services/renewals/claims";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import { claimIdInput, claimOutput, createClaimInput, listClaimsInput, listClaimsOutput, updateClaimStatusInput } from "./claims.schema";

// Claims against the CRM's policies. A claim follows its policy's contact: agents reach the claims
// of the contacts they own, managers their team's, admins, compliance and viewers the
// organization's (the last two read only). A claim outside reach is NOT_FOUND.

const read = requirePermission("renewals:read");
const write = requirePermission("claims:write", { auditEntity: "claim" });

export const claimsRouter = createTRPCRouter({
  /** Newest first; filter by status, policy, contact, claim type, incident dates; search numbers, type, customer. */
  list: read.input(listClaimsInput).output(listClaimsOutput).query(serve(listClaims)),

  get: read.input(claimIdInput).output(claimOutput).query(serve(getClaim)),

  /** Numbered CLM-<year>-<sequence>; starts submitted. */
  create: write.input(createClaimInput).output(claimOutput).mutation(serve(createClaim)),

  /** submitted → under_review → approved | rejected; approved → settled (settlementAmount required). Others: BAD_REQUEST. */
  updateStatus: write.input(updateClaimStatusInput).output(claimOutput).mutation(serve(updateClaimStatus)),
});
