import { createTRPCRouter } from "../../trpc";
import { aiSettingsRouter } from "./ai";
import { apiKeysRouter } from "./api-keys";

export const settingsRouter = createTRPCRouter({ apiKeys: apiKeysRouter, ai: aiSettingsRouter });
