import { analyzeMessage, composeMessage, generateInsights, mapHeaders, parseQuery, type ComposeTone } from "@harbor/ai";
import type { Actor, UserActor } from "../../access/actor";
import { callModel, openAiRuntime, type AiRuntime } from "./ai-runtime";
import { screenResponse } from "./blocked-responses";
import { importTargetFields, settleImportMappings, type ImportTarget } from "./import-targets";
import { recordFacts, type InsightEntityType } from "./record-facts";

// The single-shot AI features: header mapping, natural-language query, smart compose, message
// analysis and record insights. Each goes through the same runtime as the chat (feature switch,
// rate limit, provider choice, AI_SERVICE_ERROR) and the prose it returns passes the same safety
// check, withheld and logged when it fails.

const screen = (actor: Actor, runtime: AiRuntime, feature: string, text: string) =>
  screenResponse(actor, { text, feature, provider: runtime.provider.name, policy: { blockedTopics: runtime.settings.blockedTopics, secrets: runtime.secrets } });

export async function copilotMapHeaders({ actor, target, headers, sampleRows }: { actor: UserActor; target: ImportTarget; headers: string[]; sampleRows?: string[][] | undefined }) {
  const runtime = await openAiRuntime(actor, "mapHeaders");
  const fields = importTargetFields[target];
  const result = await callModel(() => mapHeaders(runtime.provider, { fields, headers, ...(sampleRows ? { sampleRows } : {}) }));
  const mappings = settleImportMappings[target]?.(result.mappings) ?? result.mappings;
  return { target, mappings, fields: fields.map(({ name, label }) => ({ name, label })), provider: result.provider };
}

export async function copilotQuery({ actor, q, timeZone, now = new Date() }: { actor: UserActor; q: string; timeZone?: string | undefined; now?: Date }) {
  const runtime = await openAiRuntime(actor, "query");
  return callModel(() => parseQuery(runtime.provider, { q, now, ...(timeZone ? { timeZone } : {}) }));
}

export async function copilotCompose({ actor, context, draft, tone, recipientName, purpose }: { actor: UserActor; context: string; draft?: string | undefined; tone: ComposeTone; recipientName?: string | undefined; purpose?: string | undefined }) {
  const runtime = await openAiRuntime(actor, "compose");
  const composed = await callModel(() =>
    composeMessage(runtime.provider, { context, tone, senderName: actor.name, ...(draft ? { draft } : {}), ...(recipientName ? { recipientName } : {}), ...(purpose ? { purpose } : {}) }),
  );
  const screened = await screen(actor, runtime, "compose", [composed.subject ?? "", composed.draft, ...composed.suggestions].join("\n"));
  if (!screened.withheld) return { ...composed, withheld: false };
  return { draft: screened.text, suggestions: [], tone: composed.tone, alternatives: [], provider: composed.provider, withheld: true };
}

export async function copilotAnalyzeMessage({ actor, text, context }: { actor: UserActor; text: string; context?: string | undefined }) {
  const runtime = await openAiRuntime(actor, "analyzeMessage");
  const analysis = await callModel(() => analyzeMessage(runtime.provider, { text, ...(context ? { context } : {}) }));
  const screened = await screen(actor, runtime, "analyzeMessage", analysis.suggestedResponse);
  return { ...analysis, suggestedResponse: screened.text, withheld: screened.withheld };
}

/** For the caller, or for the system (the hourly insights job stores what it generates). */
export async function copilotInsights({ actor, entityType, entityId }: { actor: Actor; entityType: InsightEntityType; entityId: string }) {
  const { title, facts, scores } = await recordFacts(actor, entityType, entityId);
  const runtime = await openAiRuntime(actor, "insights");
  const insights = await callModel(() => generateInsights(runtime.provider, { entityType, facts, scores }));
  const prose = [insights.summary, ...insights.risks.map((risk) => risk.text), ...insights.nextBestActions.map((action) => action.text)].join("\n");
  const screened = await screen(actor, runtime, "insights", prose);
  const body = screened.withheld ? { summary: screened.text, risks: [], nextBestActions: [] } : insights;
  return { entityType, entityId, title, summary: body.summary, risks: body.risks, nextBestActions: body.nextBestActions, facts, provider: insights.provider, withheld: screened.withheld };
}
