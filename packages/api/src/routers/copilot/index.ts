import { createTRPCRouter } from "../../trpc";
import { blockedResponsesRouter, chat, conversationsRouter } from "./chat";

export const copilotRouter = createTRPCRouter({
  chat,
  conversations: conversationsRouter,
  blockedResponses: blockedResponsesRouter,
});
