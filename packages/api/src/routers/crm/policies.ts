import { createPolicy, deletePolicy, listPolicies, updatePolicy } from "../../services/crm/policies";
import { createTRPCRouter, requirePermission } from "../../trpc";
import { createPolicyInput, listPoliciesInput, policyIdInput, updatePolicyInput } from "./policies.schema";

// Policies belong to a contact and follow its access: whoever can see the contact can see and
// change its policies. Policy numbers are unique per organization (CONFLICT on policyNumber).

export const policiesRouter = createTRPCRouter({
  /** Soonest renewal first; filter by contact, status, or renewing on or before a date. */
  list: requirePermission("crm:read")
    .input(listPoliciesInput)
    .query(({ ctx, input }) => listPolicies({ actor: ctx.actor, ...input })),

  /** renewalDate defaults to endDate. */
  create: requirePermission("crm:write")
    .meta({ access: "crm:write", auditEntity: "policy" })
    .input(createPolicyInput)
    .mutation(({ ctx, input }) => createPolicy({ actor: ctx.actor, ...input })),

  update: requirePermission("crm:write")
    .meta({ access: "crm:write", auditEntity: "policy" })
    .input(updatePolicyInput)
    .mutation(({ ctx, input }) => updatePolicy({ actor: ctx.actor, ...input })),

  delete: requirePermission("crm:delete")
    .meta({ access: "crm:delete", auditEntity: "policy" })
    .input(policyIdInput)
    .mutation(({ ctx, input }) => deletePolicy({ actor: ctx.actor, id: input.id })),
});
