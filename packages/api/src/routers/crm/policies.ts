import { createPolicy, deletePolicy, listPolicies, updatePolicy } from "../../services/crm/policies";
import { createTRPCRouter, requirePermission } from "../../trpc";
import { deletedOutput } from "../shared.schema";
import { createPolicyInput, listPoliciesInput, listPoliciesOutput, policyIdInput, policyOutput, updatePolicyInput } from "./policies.schema";

// Policies belong to a contact and follow its access: whoever can see the contact can see and
// change its policies. Policy numbers are unique per organization (CONFLICT on policyNumber).

const write = requirePermission("crm:write", { auditEntity: "policy" });

export const policiesRouter = createTRPCRouter({
  /** Soonest renewal first; filter by contact, status, or renewing on or before a date. */
  list: requirePermission("crm:read")
    .input(listPoliciesInput)
    .output(listPoliciesOutput)
    .query(({ ctx, input }) => listPolicies({ actor: ctx.actor, ...input })),

  /** renewalDate defaults to endDate. */
  create: write
    .input(createPolicyInput)
    .output(policyOutput)
    .mutation(({ ctx, input }) => createPolicy({ actor: ctx.actor, ...input })),

  update: write
    .input(updatePolicyInput)
    .output(policyOutput)
    .mutation(({ ctx, input }) => updatePolicy({ actor: ctx.actor, ...input })),

  delete: requirePermission("crm:delete", { auditEntity: "policy" })
    .input(policyIdInput)
    .output(deletedOutput)
    .mutation(({ ctx, input }) => deletePolicy({ actor: ctx.actor, id: input.id })),
});
