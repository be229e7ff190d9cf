export { listPolicies } from "./list-policies";
export { policySelect, toPolicy } from "./policy-select";
export { policyScope } from "./policy-scope";
export { assertPolicyDates, createPolicy, deletePolicy, updatePolicy, type PolicyFields } from "./write-policy";
