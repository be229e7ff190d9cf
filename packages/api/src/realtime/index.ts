export { channelsOf, organizationChannel, realtimeEventNames, userChannel, type RealtimeEvent, type RealtimeEventName } from "./channels";
export { publicRealtimeConfig, realtimeConfig, type PublicRealtimeConfig, type RealtimeConfig } from "./config";
export { publish, realtimeClient, resetRealtimeClient } from "./publisher";
