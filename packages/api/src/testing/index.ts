export { callerFor, callerForHeaders, createTestOrganization, TEST_PASSWORD, uniqueSuffix, type TestOrganization } from "./factories";
export { startRealtimeStandIn, type RealtimeStandIn } from "./realtime";
export { renewalCsv, seedRenewingPolicy, RENEWAL_HEADER, type RenewalFileRow } from "./renewal-fixtures";
