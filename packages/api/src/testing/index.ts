export { callerFor, callerForHeaders, createTestOrganization, TEST_PASSWORD, uniqueSuffix, type TestOrganization } from "./factories";
export { startRealtimeStandIn, type RealtimeStandIn } from "./realtime";
export { startApiInstance, type ApiInstance } from "./api-instances";
