import { createPolicy, deletePolicy, listPolicies, updatePolicy } from "../../services/crm/policies";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import { deletedOutput } from "../shared.schema";
import { createPolicyInput, listPoliciesInput, listPoliciesOutput, policyIdInput, policyOutput, updatePolicyInput } from "./policies.schema";

// Policies belong to a contact and follow its access: whoever can see the contact can see and
// change its policies. Policy numbers are unique per organization (CONFLICT on policyNumber).

const write = requirePermission("crm:write", { auditEntity: "policy" });

export const policiesRouter = createTRPCRouter({
  /** Soonest renewal first; filter by contact, status, or renewing on or before a date. */
  list: requirePermission("crm:read").input(listPoliciesInput).output(listPoliciesOutput).query(serve(listPolicies)),

  /** renewalDate defaults to endDate. */
  create: write.input(createPolicyInput).output(policyOutput).mutation(serve(createPolicy)),

  update: write.input(updatePolicyInput).output(policyOutput).mutation(serve(updatePolicy)),

  delete: requirePermission("crm:delete", { auditEntity: "policy" })
    .input(policyIdInput)
    .output(deletedOutput)
    .mutation(serve(deletePolicy)),
});
