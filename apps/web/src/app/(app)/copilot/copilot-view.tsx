"use client";

import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { describeApiError } from "~/lib/api-errors";
import { cn } from "~/lib/cn";
import { formatRelative } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { ChatMessage, type ChatMessageView } from "./chat-message";

// The model is sent the conversation so far; older turns beyond this are left out (the API takes 60).
const HISTORY_TURNS = 40;

export function CopilotView({ canChat, canReviewSafetyLog }: { canChat: boolean; canReviewSafetyLog: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [draft, setDraft] = useState("");
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const conversations = useQuery(trpc.copilot.conversations.list.queryOptions({ limit: 50 }));
  const conversation = useQuery({ ...trpc.copilot.conversations.get.queryOptions({ id: conversationId ?? "" }), enabled: conversationId !== null });
  const messages: ChatMessageView[] = conversationId ? (conversation.data?.messages ?? []) : [];

  const chat = useMutation(
    trpc.copilot.chat.mutationOptions({
      onMutate: () => setError(null),
      onError: (caught) => setError(describeApiError(caught).message),
      onSuccess: async (result) => {
        setDraft("");
        setConversationId(result.conversationId);
        await queryClient.invalidateQueries(trpc.copilot.conversations.pathFilter());
      },
      onSettled: () => setPending(null),
    }),
  );
  const remove = useMutation(
    trpc.copilot.conversations.delete.mutationOptions({
      onError: (caught) => setError(describeApiError(caught).message),
      onSuccess: async (_result, input) => {
        if (input.id === conversationId) setConversationId(null);
        await queryClient.invalidateQueries(trpc.copilot.conversations.pathFilter());
      },
    }),
  );

  function send() {
    const text = draft.trim();
    if (!text || chat.isPending) return;
    const history = [...messages.map((message) => ({ role: message.role, text: message.text })), { role: "user" as const, text }].slice(-HISTORY_TURNS);
    // The history must start with the user: drop a leading model turn the cut may have left.
    if (history[0]?.role === "model") history.shift();
    setPending(text);
    chat.mutate({ history, ...(conversationId ? { conversationId } : {}) });
  }

  return (
    <>
      <PageHeader
        title="Copilot"
        description="Ask about your book or have it do the busywork. It acts with your permissions and only on records you can see."
        actions={
          canReviewSafetyLog ? (
            <Link href="/copilot/safety" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
              Blocked responses
            </Link>
          ) : null
        }
      />
      <div className="mt-6 grid min-h-[32rem] grid-cols-1 gap-6 lg:grid-cols-[16rem_1fr]">
        <aside aria-label="Conversations" className="space-y-2">
          <Button variant="secondary" className="w-full" onClick={() => setConversationId(null)} data-testid="copilot-new-chat">
            New chat
          </Button>
          {conversations.isPending ? <p className="text-sm text-zinc-500">Loading…</p> : null}
          <ul className="space-y-1" data-testid="copilot-conversations">
            {conversations.data?.items.map((item) => (
              <li key={item.id} className="group flex items-center gap-1">
                <button
                  type="button"
                  onClick={() => setConversationId(item.id)}
                  className={cn(
                    "min-w-0 flex-1 rounded-md px-2 py-1.5 text-left text-sm",
                    item.id === conversationId ? "bg-indigo-50 text-indigo-800" : "text-zinc-700 hover:bg-zinc-100",
                  )}
                >
                  <span className="block truncate">{item.title}</span>
                  <span className="block text-xs text-zinc-500">{formatRelative(item.updatedAt)}</span>
                </button>
                <Button variant="ghost" size="sm" aria-label={`Delete ${item.title}`} onClick={() => remove.mutate({ id: item.id })}>
                  ×
                </Button>
              </li>
            ))}
          </ul>
        </aside>

        <section aria-label="Chat" className="flex flex-col rounded-lg border border-zinc-200 bg-zinc-50">
          <div className="flex-1 space-y-4 overflow-y-auto p-4" aria-live="polite" data-testid="copilot-messages">
            {messages.length === 0 && !pending ? (
              <EmptyState title="Start a conversation">
                Try “add a lead for Dana Reyes, dana@example.com, from a referral”, “which policies renew in the next 30 days?” or “draft a renewal email to …”.
              </EmptyState>
            ) : null}
            {messages.map((message) => (
              <ChatMessage key={message.id} message={message} />
            ))}
            {pending ? (
              <>
                <ChatMessage message={{ id: "pending", role: "user", text: pending, functionCalls: [], actions: [], provider: null, withheld: false }} />
                <p className="text-sm text-zinc-500" role="status" data-testid="copilot-pending">
                  Copilot is working on it…
                </p>
              </>
            ) : null}
          </div>
          {error ? (
            <Alert tone="error" className="mx-4 mb-2" data-testid="copilot-error">
              {error}
            </Alert>
          ) : null}
          <form
            className="flex items-end gap-2 border-t border-zinc-200 bg-white p-3"
            onSubmit={(event) => {
              event.preventDefault();
              send();
            }}
          >
            <label htmlFor="copilot-input" className="sr-only">
              Message
            </label>
            <textarea
              id="copilot-input"
              rows={2}
              value={draft}
              disabled={!canChat}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter" && !event.shiftKey) {
                  event.preventDefault();
                  send();
                }
              }}
              placeholder={canChat ? "Ask Copilot…" : "Your role cannot use the copilot"}
              className="block w-full resize-none rounded-md border-0 px-3 py-2 text-sm text-zinc-900 ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-indigo-600 focus:outline-none"
              data-testid="copilot-input"
            />
            <Button type="submit" disabled={!canChat || chat.isPending || draft.trim() === ""} data-testid="copilot-send">
              {chat.isPending ? "Sending…" : "Send"}
            </Button>
          </form>
        </section>
      </div>
    </>
  );
}
