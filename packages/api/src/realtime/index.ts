export {
  isRecordEvent,
  organizationChannel,
  realtimeEventNames,
  recordChanges,
  recordEventEntity,
  signalOf,
  userChannel,
  type RealtimeEvent,
  type RealtimeEventName,
  type RecordChange,
  type RecordEntityType,
  type RecordEvent,
  type RecordEventName,
  type RecordSignal,
  type UserEvent,
} from "./channels";
export { publicRealtimeConfig, realtimeConfig, type PublicRealtimeConfig, type RealtimeConfig } from "./config";
export { deliveriesOf, publish, realtimeClient, resetRealtimeClient, type Delivery } from "./publisher";
