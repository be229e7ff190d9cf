import { z } from "zod";
import type { DateContext } from "../dates/date-phrases";
import type { AiFunctionCall, ToolDeclaration } from "../provider";
import { extractArgs, type ExtractedArgs } from "./extract";

/**
 * Requests are matched to the copilot's tools by what the agent asks for; the first rule whose
 * tool is declared wins, so the order below settles overlaps ("remind me to call" is a task, not
 * a call; "add a recruit lead" is not a client lead).
 */
const RULES: [string, RegExp][] = [
  ["searchKnowledgeHub", /^\s*(how (do|can|should) (i|we)|how to|where (do|can) i|what('s| is) the (process|way)|can i\b|is it possible|explain)/i],
  ["createRecruitLead", /\b(add|create|new|enter)\b.*\brecruit(ing)?\b/i],
  ["updateRecruitLead", /\b(update|change|set|mark|move)\b.*\brecruit\b/i],
  ["updateClientLead", /\b(update|change|set|mark|move)\b.*\b(lead|status)\b/i],
  ["createClientLead", /\b(add|create|new|enter)\b.*\b(lead|prospect)\b/i],
  ["createTask", /\b(remind me|reminder|to-?do|(create|add|make) (a |an )?task|follow[- ]up task)\b/i],
  ["logActivity", /\b(log|record)\b.*\b(call|meeting|email|visit|activity|conversation|text)\b|^\s*(called|spoke (to|with)|met with)\b/i],
  ["draftEmail", /\b(draft|write|compose|prepare)\b.*\b(e-?mail|message|note|letter)\b|\be-?mail\b.*\babout\b/i],
  ["scheduleAppointment", /\b(schedule|book|set up|arrange)\b|\b(appointment|meeting) with\b/i],
  ["getUpcomingRenewals", /\brenew(s|al|als|ing)?\b|\bexpir(e|es|ing)\b/i],
  ["searchContacts", /\b(find|search|look ?up|show( me)?|who is|contacts? (named|called))\b/i],
];

/** What each tool needs, in words, for the reply that asks for missing details. */
const PURPOSE: Record<string, string> = {
  createClientLead: "create the lead",
  createRecruitLead: "create the recruit lead",
  updateClientLead: "update the lead",
  updateRecruitLead: "update the recruit lead",
  scheduleAppointment: "schedule that",
  draftEmail: "draft the email",
  createTask: "create the reminder",
  logActivity: "log the activity",
  searchContacts: "search contacts",
  searchKnowledgeHub: "search the knowledge hub",
  getUpcomingRenewals: "look up renewals",
};

const FIELD_WORDS: Record<string, string> = {
  name: "the person's name",
  contactName: "who it is for",
  startAt: "a date and time",
  dueAt: "when it is due",
  email: "an email address",
  phone: "a phone number",
  status: "the new status",
  title: "what to do",
  query: "what to look for",
  leadId: "which lead",
  contactId: "which contact",
};

export type ToolPick =
  | { kind: "call"; call: AiFunctionCall }
  | { kind: "missing"; tool: string; fields: string[] }
  | { kind: "none" };

/** The keys a tool's zod object declares, so extracted values it does not know are dropped. */
function knownKeys(schema: z.ZodType | undefined): Set<string> | undefined {
  if (schema instanceof z.ZodObject) return new Set(Object.keys(schema.shape));
  return undefined;
}

function argsFor(tool: ToolDeclaration, extracted: ExtractedArgs): Record<string, unknown> {
  const keys = knownKeys(tool.parameters);
  if (!tool.parameters) return {};
  if (!keys) return { ...extracted };
  return Object.fromEntries(Object.entries(extracted).filter(([key]) => keys.has(key)));
}

export function pickTool(text: string, tools: ToolDeclaration[], context: DateContext): ToolPick {
  const declared = new Map(tools.map((tool) => [tool.name, tool]));
  const rule = RULES.find(([name, pattern]) => declared.has(name) && pattern.test(text));
  const tool = rule ? declared.get(rule[0]) : undefined;
  if (!tool) return { kind: "none" };
  const args = argsFor(tool, extractArgs(text, context));
  if (!tool.parameters) return { kind: "call", call: { name: tool.name, args } };
  let parsed = tool.parameters.safeParse(args);
  if (!parsed.success) {
    // A guessed value the schema rejects (a type spelled differently, say) is dropped rather than
    // sent; if the tool still accepts the rest, the call goes ahead without it.
    for (const issue of parsed.error.issues) delete args[String(issue.path[0] ?? "")];
    parsed = tool.parameters.safeParse(args);
  }
  if (parsed.success) return { kind: "call", call: { name: tool.name, args } };
  const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "")).filter(Boolean))];
  return { kind: "missing", tool: tool.name, fields };
}

export function missingDetailsReply(tool: string, fields: string[]): string {
  const wanted = fields.map((field) => FIELD_WORDS[field] ?? field);
  const list = wanted.length > 1 ? `${wanted.slice(0, -1).join(", ")} and ${wanted.at(-1) ?? ""}` : (wanted[0] ?? "more detail");
  return `To ${PURPOSE[tool] ?? `use ${tool}`} I need ${list}. Could you tell me?`;
}
