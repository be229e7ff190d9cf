import { createTRPCRouter } from "../../trpc";
import { aiSettingsRouter } from "./ai";
import { apiKeysRouter } from "./api-keys";
import { jobsRouter } from "./jobs";
import { outboxRouter } from "./outbox";
import { securitySettingsRouter } from "./security";

export const settingsRouter = createTRPCRouter({
  apiKeys: apiKeysRouter,
  ai: aiSettingsRouter,
  jobs: jobsRouter,
  outbox: outboxRouter,
  security: securitySettingsRouter,
});
