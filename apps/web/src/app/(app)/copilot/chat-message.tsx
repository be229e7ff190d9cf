import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { cn } from "~/lib/cn";
import type { RouterOutputs } from "~/trpc/types";
import { ActionCard } from "./action-card";

export type ChatMessageView = Omit<RouterOutputs["copilot"]["conversations"]["get"]["messages"][number], "createdAt">;

export function ChatMessage({ message }: { message: ChatMessageView }) {
  const fromUser = message.role === "user";
  const refusals = message.functionCalls.filter((call) => !call.ok);
  return (
    <div className={cn("flex", fromUser ? "justify-end" : "justify-start")} data-testid={`copilot-message-${message.role}`}>
      <div className={cn("max-w-[85%] space-y-2 rounded-lg px-3 py-2 text-sm", fromUser ? "bg-indigo-600 text-white" : "bg-white text-zinc-900 ring-1 ring-zinc-200")}>
        {message.withheld ? (
          <Alert tone="warning" data-testid="copilot-withheld">
            {message.text}
          </Alert>
        ) : (
          <p className="whitespace-pre-wrap">{message.text}</p>
        )}
        {message.actions.length > 0 ? (
          <div className="space-y-1.5">
            {message.actions.map((action, index) => (
              <ActionCard key={`${action.entityType}-${action.entityId ?? index}`} action={action} />
            ))}
          </div>
        ) : null}
        {refusals.length > 0 ? (
          <ul className="space-y-0.5 text-xs text-zinc-500">
            {refusals.map((call, index) => (
              <li key={`${call.name}-${index}`}>
                {call.name}: {call.error}
              </li>
            ))}
          </ul>
        ) : null}
        {!fromUser && message.provider ? (
          <Badge tone={message.provider === "gemini" ? "indigo" : "neutral"} className="text-[10px]">
            {message.provider === "gemini" ? "Answered by Gemini" : "Answered offline"}
          </Badge>
        ) : null}
      </div>
    </div>
  );
}
