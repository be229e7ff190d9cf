import { auditedTransaction } from "../audit";
import { db, Prisma } from "@harbor/db";
import type { UserActor } from "../../access/actor";
import { requireId } from "../../access/organization-scope";
import { notFound } from "../../errors";
import { newestFirst, readModelList } from "../pagination";
import type { CopilotAction } from "./tools";

// Copilot conversations belong to the user who had them: every read and delete is scoped to the
// caller's own, whatever their role (an admin cannot read an agent's chats here either).

export interface StoredFunctionCall {
  name: string;
  args: Record<string, unknown>;
  ok: boolean;
  result?: Record<string, unknown>;
  error?: string;
}

const ownConversation = (actor: UserActor, id?: string): Prisma.CopilotConversationWhereInput => ({
  organizationId: actor.organizationId,
  userId: actor.userId,
  ...(id !== undefined ? { id: requireId(id) } : {}),
});

const conversationSelect = { id: true, title: true, createdAt: true, updatedAt: true } satisfies Prisma.CopilotConversationSelect;

export async function listConversations({ actor, cursor, limit }: { actor: UserActor; cursor?: string | undefined; limit: number }) {
  return readModelList({ model: db.copilotConversation, select: conversationSelect, where: ownConversation(actor), sort: newestFirst("updatedAt"), cursor, limit });
}

export async function getConversation({ actor, id }: { actor: UserActor; id: string }) {
  const conversation = await db.copilotConversation.findFirst({
    where: ownConversation(actor, id),
    select: {
      ...conversationSelect,
      messages: {
        select: { id: true, role: true, text: true, functionCalls: true, actions: true, provider: true, withheld: true, createdAt: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!conversation) throw notFound("Conversation");
  return {
    ...conversation,
    messages: conversation.messages.map((message) => ({
      ...message,
      role: message.role === "model" ? ("model" as const) : ("user" as const),
      functionCalls: (message.functionCalls ?? []) as unknown as StoredFunctionCall[],
      actions: (message.actions ?? []) as unknown as CopilotAction[],
    })),
  };
}

export async function deleteConversation({ actor, id }: { actor: UserActor; id: string }) {
  const { count } = await auditedTransaction((tx) => tx.copilotConversation.deleteMany({ where: ownConversation(actor, id) }));
  if (count === 0) throw notFound("Conversation");
  return { id };
}

export interface ChatTurn {
  conversationId?: string | undefined;
  userText: string;
  reply: { text: string; functionCalls: StoredFunctionCall[]; actions: CopilotAction[]; provider: string; withheld: boolean };
}

/**
 * Appends the user's message and the reply, creating the conversation on its first turn, in one
 * statement (one round trip, one commit): a chat turn's own writes are most of the copilot's time
 * outside the model. The conversation must be the caller's, or nothing is written.
 */
export async function saveChatTurn(actor: UserActor, turn: ChatTurn): Promise<string> {
  const organizationId = requireId(actor.organizationId, "organizationId");
  const userId = requireId(actor.userId, "userId");
  const title = turn.userText.replace(/\s+/g, " ").trim().slice(0, 80) || "New conversation";
  const conversation = turn.conversationId
    ? Prisma.sql`UPDATE copilot_conversations SET updated_at = now() AT TIME ZONE 'UTC'
        WHERE id = ${requireId(turn.conversationId)}::uuid AND organization_id = ${organizationId}::uuid AND user_id = ${userId}::uuid
        RETURNING id`
    : Prisma.sql`INSERT INTO copilot_conversations (organization_id, user_id, title, updated_at)
        VALUES (${organizationId}::uuid, ${userId}::uuid, ${title}, now() AT TIME ZONE 'UTC') RETURNING id`;
  const { reply } = turn;
  // The reply is stamped a millisecond after the question, so the pair always reads back in order.
  // In the turn's audited transaction: copilot.chat's audit row commits with the turn.
  const saved = await auditedTransaction(async (tx) => {
    const rows = await tx.$queryRaw<{ conversationId: string }[]>`
    WITH conversation AS (${conversation})
    INSERT INTO copilot_messages (organization_id, conversation_id, role, text, function_calls, actions, provider, withheld, created_at)
    SELECT ${organizationId}::uuid, conversation.id, m.role, m.text, m.function_calls, m.actions, m.provider, m.withheld,
      now() AT TIME ZONE 'UTC' + m.offset_ms * interval '1 millisecond'
    FROM conversation, (VALUES
      ('user', ${turn.userText}, NULL::jsonb, NULL::jsonb, NULL::text, false, 0),
      ('model', ${reply.text}, ${JSON.stringify(reply.functionCalls)}::jsonb, ${JSON.stringify(reply.actions)}::jsonb, ${reply.provider}::text, ${reply.withheld}, 1)
    ) AS m(role, text, function_calls, actions, provider, withheld, offset_ms)
    RETURNING conversation_id AS "conversationId"`;
    const conversationId = rows[0]?.conversationId;
    if (!conversationId) throw notFound("Conversation");
    return { id: conversationId };
  });
  return saved.id;
}

/** Whether the conversation is the caller's, before any model time is spent on it. */
export async function assertOwnConversation(actor: UserActor, id: string): Promise<void> {
  const found = await db.copilotConversation.findFirst({ where: ownConversation(actor, id), select: { id: true } });
  if (!found) throw notFound("Conversation");
}
