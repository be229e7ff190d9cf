import { findMoment, findRange, type DateContext } from "../dates/date-phrases";
import { isoDay, wallTimeAt } from "../dates/zoned-time";

/**
 * Everything the offline copilot can read out of one request, under the argument names the
 * copilot's tools use. Deliberately generous: each tool's schema later keeps only what it knows.
 */
export type ExtractedArgs = Record<string, string | number>;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?<![\w@.])\+?\(?\d[\d\s().-]{5,}\d(?![\w@])/;
const NAME_WORD = "[A-Z][a-zA-Z'’-]+";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}`;
/** Capitalised words that start a sentence part but are not people. */
const NOT_NAMES = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "tonight",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "next", "this", "i", "me", "my", "the", "a", "an", "lead", "recruit", "contact", "client", "call", "email", "meeting",
]);
const LEAD_STATUSES: [RegExp, string][] = [
  [/\bappointment[ _]set\b/i, "appointment_set"],
  [/\bcontacted\b/i, "contacted"],
  [/\bqualified\b/i, "qualified"],
  [/\bproposal\b/i, "proposal"],
  [/\bwon\b/i, "won"],
  [/\blost\b/i, "lost"],
  [/\b(?:to|as) new\b/i, "new"],
];
const ACTIVITY_TYPES: [RegExp, string][] = [
  [/\bmeeting\b|\bmet with\b/i, "meeting"],
  [/\be-?mail(?:ed)?\b/i, "email"],
  [/\btext(?:ed)?\b|\bsms\b/i, "sms"],
  [/\bcall(?:ed)?\b|\bphone\b|\bspoke\b/i, "call"],
  [/\bnote\b/i, "note"],
];

/** Trims a captured name to the words that are a name (stops at "tomorrow", "Friday"…). */
function cleanName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const kept: string[] = [];
  for (const word of raw.split(/\s+/)) {
    const bare = word.replace(/['’]s$/, "");
    if (NOT_NAMES.has(bare.toLowerCase())) break;
    kept.push(bare);
    if (word !== bare) break;
  }
  return kept.length ? kept.join(" ") : undefined;
}

export function nameIn(text: string): string | undefined {
  const patterns = [
    new RegExp(`\\b(?:lead|contact|client|recruit)(?:\\s+(?:for|named|called)|\\s*:)?\\s+(${NAME})`),
    new RegExp(`\\b(?:named|called)\\s+(${NAME})`),
    new RegExp(`\\b(?:with|to|for|call|email|text|remind|send|ask|meet)\\s+(${NAME})`),
    new RegExp(`\\b(?:update|change|mark|move|set)\\s+(${NAME})['’]s\\b`),
    new RegExp(`\\b(?:update|change|mark|move|set)\\s+(${NAME})\\s+(?:to|as)\\b`),
    new RegExp(`\\b(${NAME})['’]s\\s+(?:lead|status|policy|renewal)`),
  ];
  for (const pattern of patterns) {
    const name = cleanName(pattern.exec(text)?.[1]);
    if (name) return name;
  }
  return undefined;
}

function phoneIn(text: string): string | undefined {
  const match = PHONE.exec(text.replace(EMAIL, " "))?.[0].trim();
  return match && (match.match(/\d/g)?.length ?? 0) >= 7 ? match : undefined;
}

function after(text: string, pattern: RegExp): string | undefined {
  const value = pattern.exec(text)?.[1]?.trim().replace(/[.!?]+$/, "");
  return value ? value : undefined;
}

function withoutPhrase(text: string, phrase: string | undefined): string {
  if (!phrase) return text;
  return text.replace(phrase, " ").replace(/\b(on|at|by)\s*$/i, "").replace(/\s+/g, " ").trim();
}

function durationIn(text: string): number | undefined {
  const match = /\bfor\s+(?:(an?|half an|\d{1,3})\s*)?(hour|hours|hr|hrs|minutes|minute|mins|min)\b/i.exec(text);
  if (!match) return undefined;
  const amount = match[1]?.toLowerCase();
  const n = amount === "half an" ? 0.5 : amount === "a" || amount === "an" || !amount ? 1 : Number(amount);
  return Math.round(/^h/i.test(match[2] ?? "") ? n * 60 : n);
}

const DEFAULT_DURATION_MINUTES = 30;
const DEFAULT_RENEWAL_DAYS = 30;

export function extractArgs(text: string, context: DateContext): ExtractedArgs {
  const args: ExtractedArgs = {};
  const set = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== "") args[key] = value;
  };
  const email = EMAIL.exec(text)?.[0];
  set("email", email);
  set("phone", phoneIn(text));
  const name = nameIn(text);
  set("name", name);
  set("contactName", name);
  set("company", after(text, /\b(?:works at|company|from)\s+([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)/));

  const interest = after(text, /\binterested in\s+([^,.;]+)/i);
  set("interest", interest);
  const topic = after(text, /\b(?:about|regarding|re:|to discuss)\s+([^.;]+)/i) ?? interest;
  const moment = findMoment(text, context);
  const cleanTopic = topic ? withoutPhrase(topic, moment?.text) : undefined;
  set("topic", cleanTopic);
  // The subject is read by the client: "her renewal" becomes "Your renewal".
  const subject = cleanTopic?.replace(/^(?:her|his|their)\s+/i, "your ");
  set("subject", subject ? subject.charAt(0).toUpperCase() + subject.slice(1) : undefined);

  // "log a call with Priya: discussed …" carries notes; "add a lead: Maria Lopez, …" carries the lead itself.
  const afterColon = /\b(?:lead|recruit|contact|client)\s*:/i.test(text) ? undefined : after(text, /:\s*(.+)$/s);
  const notes = afterColon ?? interest ?? after(text, /\b(?:discussed|notes?:?)\s+(.+)$/i);
  set("notes", notes ? (interest && !afterColon ? `Interested in ${interest}` : notes) : undefined);
  set("summary", afterColon);

  set("status", LEAD_STATUSES.find(([pattern]) => pattern.test(text))?.[1]);
  set("type", ACTIVITY_TYPES.find(([pattern]) => pattern.test(text))?.[1]);

  if (moment) {
    const duration = durationIn(text) ?? DEFAULT_DURATION_MINUTES;
    set("startAt", moment.at.toISOString());
    set("endAt", new Date(moment.at.getTime() + duration * 60_000).toISOString());
    set("durationMinutes", duration);
    set("dueAt", moment.at.toISOString());
  }
  const range = findRange(text, context);
  // Days from today to the last day of the period, as a "renewing within N days" window counts them.
  const today = isoDay(wallTimeAt(context.now, context.timeZone ?? "UTC"));
  const dayMs = 86_400_000;
  set("days", range ? Math.max(1, Math.round((Date.parse(range.toDay) - Date.parse(today)) / dayMs)) : DEFAULT_RENEWAL_DAYS);
  if (range) {
    set("from", range.fromDay);
    set("to", range.toDay);
  }

  const reminder =
    after(text, /\b(?:remind me|reminder|task)\b.*?\bto\s+(.+)$/i) ?? after(text, /\b(?:to-?do:?|need to)\s+(.+)$/i);
  const title = reminder ? withoutPhrase(reminder, moment?.text) : undefined;
  set("title", title ? title.charAt(0).toUpperCase() + title.slice(1) : undefined);
  set("query", searchQueryIn(text));
  return args;
}

function searchQueryIn(text: string): string {
  const named = /\b(?:named|called)\s+["“]?([^"”?.,]+)/i.exec(text)?.[1];
  if (named) return named.trim();
  const found = /\b(?:find|search(?: for)?|look up|lookup|show me|who is)\s+(?:(?:the\s+)?(?:contacts?|clients?|people)\s+(?:for|with|like)?\s*)?(.+?)[?.!]*$/i.exec(text)?.[1];
  return (found ?? text).trim().replace(/[?.!]+$/, "");
}
