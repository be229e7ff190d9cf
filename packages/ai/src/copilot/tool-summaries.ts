import type { AiFunctionCall, AiFunctionResponse, AiMessage } from "../provider";

/**
 * The offline copilot's reply once tools have run: one sentence per tool saying what was done,
 * built from the call's arguments and the tool's result, never the raw JSON.
 */
export interface SummaryContext {
  timeZone: string;
  messages: AiMessage[];
}

type Json = Record<string, unknown>;

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

function labelOf(item: unknown): string | undefined {
  if (typeof item !== "object" || item === null) return text(item);
  const record = item as Json;
  const person = [text(record.firstName), text(record.lastName)].filter(Boolean).join(" ");
  return text(record.name) ?? text(record.fullName) ?? (person || undefined) ?? text(record.title) ?? text(record.policyNumber) ?? text(record.subject);
}

/** The first list in a tool result (items, results, contacts, renewals…). */
function listIn(response: Json): unknown[] | undefined {
  const list: unknown = Object.values(response).find((value) => Array.isArray(value));
  return Array.isArray(list) ? (list as unknown[]) : undefined;
}

/** The record a tool result describes: the result itself or its single nested object. */
function recordIn(response: Json): Json {
  const nested = Object.values(response).find((value): value is Json => typeof value === "object" && value !== null && !Array.isArray(value));
  return nested && !labelOf(response) ? nested : response;
}

function errorIn(response: Json): string | undefined {
  const error = response.error;
  if (typeof error === "string") return error;
  if (typeof error === "object" && error !== null) return text((error as Json).message) ?? "it failed";
  if (response.ok === false || response.success === false) return text(response.message) ?? "it failed";
  return undefined;
}

function when(value: unknown, timeZone: string): string | undefined {
  const raw = text(value);
  const date = raw ? new Date(raw) : undefined;
  if (!date || Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" }).format(date);
}

function callFor(result: AiFunctionResponse, messages: AiMessage[]): AiFunctionCall | undefined {
  const calls = messages.flatMap((message) => (message.role === "model" ? message.parts : [])).flatMap((part) => ("functionCall" in part ? [part.functionCall] : []));
  return calls.findLast((call) => (result.id && call.id ? call.id === result.id : call.name === result.name));
}

const FAILED: Record<string, string> = {
  createClientLead: "create the lead",
  createRecruitLead: "create the recruit lead",
  updateClientLead: "update the lead",
  updateRecruitLead: "update the recruit lead",
  scheduleAppointment: "schedule the appointment",
  draftEmail: "draft the email",
  createTask: "create the task",
  logActivity: "log the activity",
  searchContacts: "search contacts",
  searchKnowledgeHub: "search the knowledge hub",
  getUpcomingRenewals: "look up renewals",
};

function listed(items: unknown[], noun: string, none: string): string {
  if (items.length === 0) return none;
  const labels = items.slice(0, 5).map(labelOf).filter(Boolean);
  const more = items.length > labels.length ? ` and ${items.length - labels.length} more` : "";
  return `Found ${items.length} ${noun}${items.length === 1 ? "" : "s"}${labels.length ? `: ${labels.join(", ")}${more}` : ""}.`;
}

function succeeded(name: string, args: Json, response: Json, timeZone: string): string {
  const record = recordIn(response);
  const who = labelOf(record) ?? text(args.name) ?? text(args.contactName);
  const whoPart = who ? ` ${who}` : "";
  switch (name) {
    case "createClientLead":
      return `Created lead${whoPart}.`;
    case "createRecruitLead":
      return `Created recruit lead${whoPart}.`;
    case "updateClientLead":
    case "updateRecruitLead": {
      const status = text(record.status) ?? text(args.status);
      return `Updated ${name === "updateRecruitLead" ? "recruit lead" : "lead"}${whoPart}${status ? ` (status: ${status.replaceAll("_", " ")})` : ""}.`;
    }
    case "scheduleAppointment": {
      const at = when(record.startAt ?? args.startAt, timeZone);
      const with_ = text(args.name) ?? text(args.contactName);
      return `Scheduled ${text(record.title) ?? `a ${text(args.type) ?? "meeting"}${with_ ? ` with ${with_}` : ""}`}${at ? ` for ${at}` : ""}.`;
    }
    case "draftEmail": {
      const subject = text(record.subject) ?? text(args.subject);
      const body = text(record.body) ?? text(record.draft);
      const to = text(args.name) ?? text(args.contactName);
      return `Drafted an email${to ? ` to ${to}` : ""}${subject ? ` — “${subject}”` : ""}.${body ? `\n\n${body}` : ""}`;
    }
    case "createTask": {
      const due = when(record.dueAt ?? args.dueAt, timeZone);
      return `Created task “${text(record.title) ?? text(args.title) ?? "follow up"}”${due ? ` due ${due}` : ""}.`;
    }
    case "logActivity":
      return `Logged the ${text(record.type) ?? text(args.type) ?? "activity"}${who ? ` with ${who}` : ""}.`;
    case "searchContacts":
      return listed(listIn(response) ?? [], "contact", "No contacts matched.");
    case "getUpcomingRenewals":
      return listed(listIn(response) ?? [], "upcoming renewal", "Nothing renews in that period.");
    case "searchKnowledgeHub": {
      const items = listIn(response) ?? [];
      const top = items[0] as Json | undefined;
      if (!top) return "I found nothing about that in the knowledge hub.";
      const excerpt = text(top.excerpt) ?? text(top.snippet) ?? text(top.summary) ?? text(top.content);
      return `From the knowledge hub — ${labelOf(top) ?? "top article"}${excerpt ? `: ${excerpt}` : "."}`;
    }
    default: {
      const items = listIn(response);
      return items ? `${name}: ${items.length} result${items.length === 1 ? "" : "s"}.` : `${name}: done.`;
    }
  }
}

export function summarizeToolResults(results: AiFunctionResponse[], context: SummaryContext): string {
  return results
    .map((result) => {
      const args = callFor(result, context.messages)?.args ?? {};
      const error = errorIn(result.response);
      if (error) return `I couldn't ${FAILED[result.name] ?? `run ${result.name}`}: ${error}`;
      return succeeded(result.name, args, result.response, context.timeZone);
    })
    .join("\n");
}
