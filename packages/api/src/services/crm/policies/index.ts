export { listPolicies } from "./list-policies";
export { policySelect, toPolicy } from "./policy-select";
export { assertPolicyDates, createPolicy, deletePolicy, updatePolicy, type PolicyFields } from "./write-policy";
