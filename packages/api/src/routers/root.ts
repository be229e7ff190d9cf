import { createTRPCRouter, validateSynchronously } from "../trpc";
import { adminRouter } from "./admin";
import { authRouter } from "./auth";
import { copilotRouter } from "./copilot";
import { calendarRouter } from "./calendar";
import { crmRouter } from "./crm";
import { filesRouter } from "./files";
import { notificationsRouter } from "./notifications";
import { renewalsRouter } from "./renewals";
import { searchRouter } from "./search";
import { settingsRouter } from "./settings";

export const appRouter = validateSynchronously(
  createTRPCRouter({
    auth: authRouter,
    admin: adminRouter,
    settings: settingsRouter,
    crm: crmRouter,
    renewals: renewalsRouter,
    copilot: copilotRouter,
    calendar: calendarRouter,
    search: searchRouter,
    notifications: notificationsRouter,
    files: filesRouter,
  }),
);

export type AppRouter = typeof appRouter;
