import { createTRPCRouter } from "../trpc";
import { adminRouter } from "./admin";
import { authRouter } from "./auth";
import { crmRouter } from "./crm";
import { settingsRouter } from "./settings";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  admin: adminRouter,
  settings: settingsRouter,
  crm: crmRouter,
});

export type AppRouter = typeof appRouter;
