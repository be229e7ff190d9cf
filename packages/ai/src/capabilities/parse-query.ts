import { z } from "zod";
import { findRange, type DateContext } from "../dates/date-phrases";
import { isoDay, wallTimeAt } from "../dates/zoned-time";
import type { AiProvider } from "../provider";
import { answerWith, type WithProvider } from "./shared";
import { buildRoute, FILTER_KEYS, type QueryFilters, type QueryIntent, QUERY_INTENTS } from "./query-routes";

export { QUERY_INTENTS, type QueryFilters, type QueryIntent } from "./query-routes";

export interface ParseQueryInput {
  q: string;
  now?: Date;
  /** IANA zone the dates in the question are meant in; UTC when absent. */
  timeZone?: string;
}

export interface QueryEntity {
  type: string;
  value: string;
}

export interface ParsedQuery {
  intent: QueryIntent;
  filters: QueryFilters;
  entities: QueryEntity[];
  suggestedRoute: string;
}

const LEAD_SOURCES = ["facebook", "google", "instagram", "linkedin", "referral", "website", "zillow", "tiktok", "yelp", "email", "walk-in", "event"];
const LEAD_STATUSES: [RegExp, string][] = [
  [/\bappointment set\b/, "appointment_set"],
  [/\bcontacted\b/, "contacted"],
  [/\bqualified\b/, "qualified"],
  [/\bproposals?\b/, "proposal"],
  [/\bwon\b/, "won"],
  [/\blost\b/, "lost"],
  [/\bnew leads?\b|\bstatus new\b/, "new"],
];
const STAGES = ["prospect", "qualified", "quoted", "negotiation"];
const POLICY_TYPES = ["auto", "home", "life", "health", "commercial", "umbrella", "renters"];
const NOT_PLACES = new Set([...LEAD_SOURCES, "the", "my", "this", "next", "last", "stage", "status"]);

const INTENT_RULES: [QueryIntent, RegExp][] = [
  ["help", /^\s*(how (do|can|should) i|how to|where (do|can) i|what('s| is) the (way|process)|help\b|can you explain)/i],
  ["find_tasks", /\b(tasks?|to-?dos?|reminders?)\b/i],
  ["find_tickets", /\b(tickets?|service (requests?|cases?)|cases?)\b/i],
  ["find_renewals", /\b(renew(s|al|als|ing)?|expir(e|es|ing))\b/i],
  ["find_deals", /\b(deals?|opportunit(y|ies)|pipeline)\b/i],
  ["find_leads", /\b(leads?|prospects?|recruits?)\b/i],
  ["find_policies", /\bpolic(y|ies)\b/i],
  ["find_contacts", /\b(contacts?|clients?|customers?|people|households?)\b/i],
];

function intentOf(q: string): QueryIntent {
  return INTENT_RULES.find(([, pattern]) => pattern.test(q))?.[0] ?? "unknown";
}

/** "named Garcia", "called Ana Ruiz", or a quoted phrase. */
function nameIn(q: string): string | undefined {
  const quoted = /["“']([^"”']{2,60})["”']/.exec(q);
  if (quoted?.[1]) return quoted[1].trim();
  return /\b(?:named|called|name is|for)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)/.exec(q)?.[1];
}

function placeIn(q: string): string | undefined {
  const match = /\b(?:in|near|around|from)\s+([A-Z][a-zA-Z.'-]+(?:\s+[A-Z][a-zA-Z.'-]+)*)/.exec(q);
  const place = match?.[1];
  return place && !NOT_PLACES.has(place.toLowerCase()) ? place : undefined;
}

function parseOffline(input: ParseQueryInput): ParsedQuery {
  const context: DateContext = { now: input.now ?? new Date(), timeZone: input.timeZone ?? "UTC" };
  const q = input.q.trim();
  const lower = q.toLowerCase();
  const intent = intentOf(q);
  const filters: QueryFilters = {};
  const entities: QueryEntity[] = [];
  const range = findRange(q, context);
  if (range) entities.push({ type: "date_range", value: `${range.fromDay}..${range.toDay}` });
  const name = nameIn(q);
  if (name) entities.push({ type: "name", value: name });
  const place = placeIn(q);
  if (place) entities.push({ type: "city", value: place });
  const search = name ?? place;
  const mine = /\b(my|mine|me|i have)\b/i.test(q);

  switch (intent) {
    case "find_contacts": {
      if (/\bat[- ]risk\b|\bchurn/i.test(lower)) filters.filter = "at-risk";
      else if (/\bhigh[- ]value\b|\bbest\b|\btop\b/.test(lower)) filters.filter = "high-value";
      else if (/\bfollow[- ]?up\b/.test(lower)) filters.filter = "needs-follow-up";
      else if (/\b(new|recent)\b/.test(lower)) filters.filter = "recent";
      if (search) filters.search = search;
      break;
    }
    case "find_leads": {
      filters.kind = /\brecruit/.test(lower) ? "recruit" : "client";
      const status = LEAD_STATUSES.find(([pattern]) => pattern.test(lower))?.[1];
      if (status) filters.status = status;
      const source = LEAD_SOURCES.find((candidate) => new RegExp(`\\b${candidate}\\b`).test(lower));
      if (source) {
        filters.source = source;
        entities.push({ type: "source", value: source });
      }
      if (/\bhot\b/.test(lower)) filters.scoreMin = 70;
      if (range) Object.assign(filters, { createdFrom: range.fromDay, createdTo: range.toDay });
      if (search) filters.search = search;
      break;
    }
    case "find_deals": {
      if (/\bat[- ]risk\b|\bstall/.test(lower)) filters.filter = "at-risk";
      else if (/\bhot\b/.test(lower)) filters.filter = "hot";
      else if (/\bclos(e|es|ing)\b/.test(lower)) filters.filter = "closing-soon";
      const stage = STAGES.find((candidate) => lower.includes(candidate));
      if (stage) filters.stage = stage;
      if (range) Object.assign(filters, { closeFrom: range.fromDay, closeTo: range.toDay });
      if (search) filters.search = search;
      filters.timeZone = context.timeZone ?? "UTC";
      break;
    }
    case "find_tasks": {
      if (mine) filters.assigneeId = "me";
      if (/\boverdue|late|past due\b/.test(lower)) filters.due = "overdue";
      else if (/\btoday\b/.test(lower)) filters.due = "today";
      else if (/\bthis week\b|\bweek\b/.test(lower)) filters.due = "week";
      if (/\b(completed|done|finished)\b/.test(lower)) filters.status = "completed";
      else if (/\bin progress\b/.test(lower)) filters.status = "in_progress";
      else filters.status = "active";
      filters.timeZone = context.timeZone ?? "UTC";
      break;
    }
    case "find_tickets": {
      const status = ["open", "pending", "resolved", "closed"].find((candidate) => lower.includes(candidate));
      if (status) filters.status = status;
      const priority = ["urgent", "high", "medium", "low"].find((candidate) => new RegExp(`\\b${candidate}\\b`).test(lower));
      if (priority) filters.priority = priority;
      if (search) filters.search = search;
      break;
    }
    case "find_renewals":
    case "find_policies": {
      const type = POLICY_TYPES.find((candidate) => new RegExp(`\\b${candidate}\\b`).test(lower));
      if (type) filters.type = type;
      const status = ["active", "pending", "lapsed", "cancelled", "expired"].find((candidate) => lower.includes(candidate));
      if (status) filters.status = status;
      if (range) Object.assign(filters, { renewalFrom: range.fromDay, renewalBefore: range.toDay });
      else if (intent === "find_renewals") {
        // "What renews soon?" without a period: the renewals board's default 30-day window.
        const now = wallTimeAt(context.now, context.timeZone ?? "UTC");
        filters.renewalFrom = isoDay(now);
        filters.days = 30;
      }
      if (search) filters.search = search;
      break;
    }
    case "help":
      filters.search = q.replace(/[?!.]+$/, "");
      break;
    case "unknown":
      if (q) filters.search = q;
      break;
  }
  return { intent, filters, entities, suggestedRoute: buildRoute(intent, filters) };
}

const modelQuery = z.object({
  intent: z.enum(QUERY_INTENTS),
  filters: z
    .array(z.object({ key: z.string(), value: z.union([z.string(), z.number(), z.boolean()]) }))
    .describe("Only keys listed for the chosen intent; dates as YYYY-MM-DD"),
  entities: z.array(z.object({ type: z.string(), value: z.string() })).max(10),
});

/** A search-box question as an intent, list filters, the entities it names and the page that answers it. */
export async function parseQuery(provider: AiProvider, input: ParseQueryInput): Promise<WithProvider<ParsedQuery>> {
  return answerWith(
    provider,
    () => parseOffline(input),
    async () => {
      const now = input.now ?? new Date();
      const zone = input.timeZone ?? "UTC";
      const keys = Object.entries(FILTER_KEYS)
        .map(([intent, allowed]) => `- ${intent}: ${allowed.join(", ") || "(none)"}`)
        .join("\n");
      const system =
        "You turn a question an insurance agent types into a CRM search: the intent, the list filters and the " +
        `entities it names. Today is ${isoDay(wallTimeAt(now, zone))} in ${zone}; resolve relative dates ` +
        `against it. Filter keys allowed per intent:\n${keys}\nassigneeId may only be "me".`;
      const answer = await provider.generateObject(modelQuery, `Question: ${input.q}`, { system, temperature: 0 });
      const allowed = new Set<string>(FILTER_KEYS[answer.intent]);
      const filters: QueryFilters = {};
      for (const { key, value } of answer.filters) if (allowed.has(key)) filters[key] = value;
      return { intent: answer.intent, filters, entities: answer.entities, suggestedRoute: buildRoute(answer.intent, filters) };
    },
  );
}
