import { createTRPCRouter } from "../../trpc";
import { apiKeysRouter } from "./api-keys";
import { jobsRouter } from "./jobs";

export const settingsRouter = createTRPCRouter({ apiKeys: apiKeysRouter, jobs: jobsRouter });
