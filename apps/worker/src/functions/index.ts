import { cleanupExpiredNotifications, scheduleNotificationCleanup } from "./cleanup-expired-notifications";

/** Every function the worker serves; the Inngest dev dashboard lists exactly these. */
export const functions = [scheduleNotificationCleanup, cleanupExpiredNotifications];
