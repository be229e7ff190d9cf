export { inngest } from "./client";
export { notificationsCleanupRequested } from "./notifications";
