export { exportPolicies } from "./export-policies";
export { listPolicies, policySorts, policyTotals, type PolicySort } from "./list-policies";
export { policyFilterWhere, type PolicyFilters } from "./policy-filters";
export { policySelect, toPolicy } from "./policy-select";
export { assertPolicyDates, createPolicy, deletePolicy, updatePolicy, type PolicyFields } from "./write-policy";
