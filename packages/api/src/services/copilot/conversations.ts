import { db, type Prisma } from "@harbor/db";
import type { UserActor } from "../../access/actor";
import { requireId } from "../../access/record-scope";
import { notFound } from "../../errors";
import { afterKeyset, decodeKeysetCursor, keysetOrderBy, keysetPage, listTotal, totalCap, totalCountArgs, type KeysetSort } from "../pagination";
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

const sortKey: KeysetSort = { field: "updatedAt", direction: "desc", kind: "date" };
const conversationSelect = { id: true, title: true, createdAt: true, updatedAt: true } satisfies Prisma.CopilotConversationSelect;

export async function listConversations({ actor, cursor, limit }: { actor: UserActor; cursor?: string | undefined; limit: number }) {
  const where = ownConversation(actor);
  const page: Prisma.CopilotConversationWhereInput = cursor ? { AND: [where, afterKeyset(sortKey, decodeKeysetCursor(cursor, sortKey.kind))] } : where;
  const [rows, counted] = await Promise.all([
    db.copilotConversation.findMany({ where: page, select: conversationSelect, orderBy: keysetOrderBy(sortKey), take: limit + 1 }),
    cursor ? null : db.copilotConversation.count(totalCountArgs(where, keysetOrderBy(sortKey), totalCap(undefined, limit))),
  ]);
  const { items, nextCursor } = keysetPage(rows, limit, (row) => row.updatedAt);
  return { items, nextCursor, ...listTotal(counted, totalCap(undefined, limit)) };
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
  const { count } = await db.copilotConversation.deleteMany({ where: ownConversation(actor, id) });
  if (count === 0) throw notFound("Conversation");
  return { id };
}

export interface ChatTurn {
  conversationId?: string | undefined;
  userText: string;
  reply: { text: string; functionCalls: StoredFunctionCall[]; actions: CopilotAction[]; provider: string; withheld: boolean };
}

/** Appends the user's message and the reply, creating the conversation on its first turn. */
export async function saveChatTurn(actor: UserActor, turn: ChatTurn): Promise<string> {
  return db.$transaction(async (tx) => {
    let conversationId = turn.conversationId;
    if (conversationId) {
      const { count } = await tx.copilotConversation.updateMany({ where: ownConversation(actor, conversationId), data: { updatedAt: new Date() } });
      if (count === 0) throw notFound("Conversation");
    } else {
      const title = turn.userText.replace(/\s+/g, " ").trim().slice(0, 80) || "New conversation";
      conversationId = (await tx.copilotConversation.create({ data: { organizationId: actor.organizationId, userId: actor.userId, title }, select: { id: true } })).id;
    }
    const base = { organizationId: actor.organizationId, conversationId };
    const now = Date.now();
    await tx.copilotMessage.createMany({
      data: [
        { ...base, role: "user", text: turn.userText, createdAt: new Date(now) },
        {
          ...base,
          role: "model",
          text: turn.reply.text,
          functionCalls: turn.reply.functionCalls as unknown as Prisma.InputJsonValue,
          actions: turn.reply.actions as unknown as Prisma.InputJsonValue,
          provider: turn.reply.provider,
          withheld: turn.reply.withheld,
          // A millisecond apart, so the pair always reads back in order.
          createdAt: new Date(now + 1),
        },
      ],
    });
    return conversationId;
  });
}

/** Whether the conversation is the caller's, before any model time is spent on it. */
export async function assertOwnConversation(actor: UserActor, id: string): Promise<void> {
  const found = await db.copilotConversation.findFirst({ where: ownConversation(actor, id), select: { id: true } });
  if (!found) throw notFound("Conversation");
}
