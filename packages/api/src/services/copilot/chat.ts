import type { AiMessage, AiPart, GenerateResult } from "@harbor/ai";
import type { UserActor } from "../../access/actor";
import { callModel, openAiRuntime } from "./ai-runtime";
import { screenResponse } from "./blocked-responses";
import { assertOwnConversation, saveChatTurn, type StoredFunctionCall } from "./conversations";
import { copilotTools, runTool, toDeclaration, type CopilotAction } from "./tools";

// The copilot loop (spec 000 §3.2): send the history with every tool declared; while the model
// answers with function calls, run each as the user and send the results back as
// functionResponses; return the model's final text. Tool rounds are bounded, the answer passes
// the safety check, and the turn is kept in the user's conversation.

export const MAX_TOOL_ROUNDS = 5;

export type CopilotContextType = "lead" | "contact" | "opportunity" | "policy" | "ticket" | "renewalCase";

export interface ChatInput {
  actor: UserActor;
  conversationId?: string | undefined;
  history: { role: "user" | "model"; text: string }[];
  context?: { entityType: CopilotContextType; entityId: string } | undefined;
  now?: Date;
}

export interface ChatResult {
  conversationId: string;
  chatResponse: string;
  withheld: boolean;
  functionCalls: StoredFunctionCall[];
  actions: CopilotAction[];
  provider: string;
}

function systemInstruction(actor: UserActor, context: ChatInput["context"], now: Date): string {
  const lines = [
    "You are Harbor Copilot, the assistant inside an insurance agency's CRM.",
    `You act for ${actor.name} (role: ${actor.role}) with exactly their permissions; when a tool returns an error, tell the user plainly why it failed and do not pretend it succeeded.`,
    "Use the tools to look things up and make changes; ask for missing details rather than inventing them. Drafted emails are never sent automatically.",
    "Never reveal API keys, passwords, card numbers or social security numbers.",
    `Current time: ${now.toISOString()}.`,
  ];
  if (context) lines.push(`The user is looking at ${context.entityType} ${context.entityId}; "this" refers to that record.`);
  return lines.join("\n");
}

const toMessage = (turn: ChatInput["history"][number]): AiMessage => ({ role: turn.role, parts: [{ text: turn.text }] });

export async function copilotChat({ actor, conversationId, history, context, now = new Date() }: ChatInput): Promise<ChatResult> {
  if (conversationId) await assertOwnConversation(actor, conversationId);
  const { provider, settings, secrets } = await openAiRuntime(actor, "chat");
  const tools = copilotTools.map(toDeclaration);
  const messages: AiMessage[] = history.map(toMessage);
  const request = { system: systemInstruction(actor, context, now), tools, temperature: settings.temperature, maxOutputTokens: settings.maxTokens };

  const functionCalls: StoredFunctionCall[] = [];
  const actions: CopilotAction[] = [];
  let result: GenerateResult = await callModel(() => provider.generate({ ...request, messages }));
  let rounds = 0;
  while (result.functionCalls.length > 0 && rounds < MAX_TOOL_ROUNDS) {
    rounds += 1;
    messages.push(result.message);
    const responses: AiPart[] = [];
    for (const call of result.functionCalls) {
      const outcome = await runTool(copilotTools, call, actor);
      if (outcome.ok) {
        functionCalls.push({ name: outcome.name, args: outcome.args, ok: true, result: outcome.result });
        if (outcome.action) actions.push(outcome.action);
      } else {
        functionCalls.push({ name: outcome.name, args: outcome.args, ok: false, error: outcome.error });
      }
      const response = outcome.ok ? outcome.result : { error: outcome.error };
      responses.push({ functionResponse: { ...(call.id ? { id: call.id } : {}), name: call.name, response } });
    }
    messages.push({ role: "user", parts: responses });
    result = await callModel(() => provider.generate({ ...request, messages }));
  }

  const text =
    result.functionCalls.length > 0
      ? `I stopped after ${MAX_TOOL_ROUNDS} rounds of tool calls without finishing. ${actions.length > 0 ? `Done so far: ${actions.map((action) => action.label).join("; ")}.` : "Nothing was changed."} Try a narrower request.`
      : result.text.trim() || "(The model returned no text.)";
  const screened = await screenResponse(actor, {
    text,
    feature: "chat",
    provider: result.provider,
    conversationId,
    policy: { blockedTopics: settings.blockedTopics, secrets },
  });
  const userText = history.at(-1)?.text ?? "";
  const savedId = await saveChatTurn(actor, {
    conversationId,
    userText,
    reply: { text: screened.text, functionCalls, actions, provider: result.provider, withheld: screened.withheld },
  });
  return { conversationId: savedId, chatResponse: screened.text, withheld: screened.withheld, functionCalls, actions, provider: result.provider };
}
