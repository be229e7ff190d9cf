import { listBlockedResponses } from "../../services/copilot/blocked-responses";
import { copilotChat } from "../../services/copilot/chat";
import { deleteConversation, getConversation, listConversations } from "../../services/copilot/conversations";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import {
  chatInput,
  chatOutput,
  conversationIdInput,
  conversationOutput,
  deleteConversationOutput,
  listBlockedResponsesInput,
  listBlockedResponsesOutput,
  listConversationsInput,
  listConversationsOutput,
} from "./chat.schema";

const use = requirePermission("copilot:use");

export const chat = use
  .meta({ access: "copilot:use", auditEntity: "copilotConversation" })
  .input(chatInput)
  .output(chatOutput)
  .mutation(({ ctx, input }) => copilotChat({ actor: ctx.actor, ...input }));

export const conversationsRouter = createTRPCRouter({
  list: use.input(listConversationsInput).output(listConversationsOutput).query(serve(listConversations)),

  get: use.input(conversationIdInput).output(conversationOutput).query(serve(getConversation)),

  delete: use
    .meta({ access: "copilot:use", auditEntity: "copilotConversation" })
    .input(conversationIdInput)
    .output(deleteConversationOutput)
    .mutation(({ ctx, input }) => deleteConversation({ actor: ctx.actor, id: input.id })),
});

export const blockedResponsesRouter = createTRPCRouter({
  list: requirePermission("copilot:safety-log")
    .input(listBlockedResponsesInput)
    .output(listBlockedResponsesOutput)
    .query(serve(listBlockedResponses)),
});
