export { deleteExpiredNotifications, listOrganizationIds } from "./delete-expired";
export { countUnreadNotifications, listNotifications, type ListNotificationsInput } from "./list-notifications";
export { notificationSelect } from "./notification-select";
export { createNotifications, notify, type NotificationInput } from "./notify";
export { deleteNotification, markAllNotificationsRead, markNotificationRead } from "./write-notification";
