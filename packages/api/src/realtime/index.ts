export { channelsOf, organizationChannel, realtimeEventNames, userChannel, type RealtimeEvent, type RealtimeEventName } from "./channels";
export { publish, realtimeClient, resetRealtimeClient } from "./publisher";
