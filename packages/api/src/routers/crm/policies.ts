import { createPolicy, deletePolicy, exportPolicies, listPolicies, policyTotals, updatePolicy } from "../../services/crm/policies";
import { createTRPCRouter, crmRecordProcedures, serve } from "../../trpc";
import { csvExportOutput, deletedOutput } from "../shared.schema";
import {
  createPolicyInput,
  exportPoliciesInput,
  listPoliciesInput,
  listPoliciesOutput,
  policyIdInput,
  policyOutput,
  policyTotalsInput,
  policyTotalsOutput,
  updatePolicyInput,
} from "./policies.schema";

// Policies belong to a contact and follow its access: whoever can see the contact can see and
// change its policies. Policy numbers are unique per organization (CONFLICT on policyNumber).

const { read, write, remove, exportList } = crmRecordProcedures("policy");

export const policiesRouter = createTRPCRouter({
  /** Soonest renewal first (or by premium, number, newest); filter by contact, type, status, carrier, owner, renewal window. */
  list: read.input(listPoliciesInput).output(listPoliciesOutput).query(serve(listPolicies)),

  /** Count and premium of every policy the list's filters match, within the caller's scope. */
  totals: read.input(policyTotalsInput).output(policyTotalsOutput).query(serve(policyTotals)),

  /** The filtered list as CSV (formula cells neutralized), at most 10,000 rows; audited as a mutation. */
  export: exportList.input(exportPoliciesInput).output(csvExportOutput).mutation(serve(exportPolicies)),

  /** renewalDate defaults to endDate. */
  create: write.input(createPolicyInput).output(policyOutput).mutation(serve(createPolicy)),

  update: write.input(updatePolicyInput).output(policyOutput).mutation(serve(updatePolicy)),

  delete: remove.input(policyIdInput).output(deletedOutput).mutation(serve(deletePolicy)),
});
