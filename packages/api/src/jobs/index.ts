export { inngestLocation, jobsEngine, type JobsEngine } from "./engine";
export {
  cronEventName,
  defineCronJob,
  defineEventJob,
  valueAt,
  type Json,
  type JobContext,
  type JobDefinition,
  type JobStep,
  type JobTrigger,
  type SendableEvent,
} from "./job-definition";
export { JobQueueError, sendEvents, sendEventsAfterCommit } from "./send-events";
