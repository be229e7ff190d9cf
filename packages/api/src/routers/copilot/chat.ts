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
const converse = requirePermission("copilot:use", { auditEntity: "copilot_conversation" });

export const chat = converse
  .input(chatInput)
  .output(chatOutput)
  .mutation(serve(copilotChat));

export const conversationsRouter = createTRPCRouter({
  list: use.input(listConversationsInput).output(listConversationsOutput).query(serve(listConversations)),

  get: use.input(conversationIdInput).output(conversationOutput).query(serve(getConversation)),

  delete: converse
    .input(conversationIdInput)
    .output(deleteConversationOutput)
    .mutation(serve(deleteConversation)),
});

export const blockedResponsesRouter = createTRPCRouter({
  list: requirePermission("copilot:safety-log")
    .input(listBlockedResponsesInput)
    .output(listBlockedResponsesOutput)
    .query(serve(listBlockedResponses)),
});
