import { createTRPCRouter } from "../../trpc";
import { aiFeatureProcedures } from "./ai-features";
import { blockedResponsesRouter, chat, conversationsRouter } from "./chat";

export const copilotRouter = createTRPCRouter({
  chat,
  conversations: conversationsRouter,
  blockedResponses: blockedResponsesRouter,
  ...aiFeatureProcedures,
});
