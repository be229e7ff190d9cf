import { createTRPCRouter } from "../../trpc";
import { apiKeysRouter } from "./api-keys";

export const settingsRouter = createTRPCRouter({ apiKeys: apiKeysRouter });
