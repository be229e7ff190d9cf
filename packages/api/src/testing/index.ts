export { callerFor, callerForHeaders, callerForSession, createTestOrganization, openSessionFor, TEST_PASSWORD, uniqueSuffix, useTestOrganization, type TestOrganization } from "./factories";
export { startRealtimeStandIn, useRealtimeStandIn, type RealtimeStandIn } from "./realtime";
export { overrideEnv, useApiEnv } from "./env";
export { publishedEvents, type PublishedEvent } from "./pipeline-fixtures";
export { startLoopbackSmtp, type LoopbackSmtp, type ReceivedMail } from "./smtp";
export { lastMailTo, linkTokenIn } from "./mail";
export { applyRenewalBatch, renewalCsv, seedRenewingPolicy, RENEWAL_HEADER, type RenewalFileRow } from "./renewal-fixtures";
export { startApiInstance, type ApiInstance } from "./api-instances";
export { startS3StandIn, type S3StandIn } from "./s3";
