export const QUERY_INTENTS = [
  "find_contacts",
  "find_leads",
  "find_deals",
  "find_tasks",
  "find_policies",
  "find_tickets",
  "find_renewals",
  "help",
  "unknown",
] as const;
export type QueryIntent = (typeof QUERY_INTENTS)[number];
export type QueryFilters = Record<string, string | number | boolean | string[]>;

/**
 * Filter names per intent, spelled as the list procedures' inputs (packages/api/src/routers/crm/
 * *.schema.ts) so a caller can pass them on. Date bounds the list inputs lack (closeFrom/closeTo,
 * renewalFrom, days) are extra and named for what they bound.
 */
export const FILTER_KEYS: Record<QueryIntent, readonly string[]> = {
  find_contacts: ["filter", "search", "tag"],
  find_leads: ["kind", "status", "source", "scoreMin", "scoreMax", "createdFrom", "createdTo", "search"],
  find_deals: ["filter", "stage", "search", "closeFrom", "closeTo", "timeZone"],
  find_tasks: ["assigneeId", "status", "due", "timeZone"],
  find_tickets: ["status", "priority", "search"],
  find_renewals: ["type", "status", "renewalFrom", "renewalBefore", "days", "search"],
  find_policies: ["type", "status", "renewalFrom", "renewalBefore", "search"],
  help: ["search"],
  unknown: ["search"],
};

const PATHS: Record<QueryIntent, string> = {
  find_contacts: "/crm/contacts",
  find_leads: "/crm/leads",
  find_deals: "/crm/pipeline",
  find_tasks: "/crm/tasks",
  find_tickets: "/crm/service-desk",
  find_renewals: "/renewals",
  find_policies: "/renewals",
  help: "/crm/knowledge",
  unknown: "/crm/contacts",
};

/** The leads page keeps its own short names in the URL (apps/web …/leads/lead-filters.ts). */
const URL_NAMES: Partial<Record<QueryIntent, Record<string, string>>> = {
  find_leads: { createdFrom: "from", createdTo: "to", search: "q" },
};

/** A link to the page that lists the answer, its filters in the query string (timeZone is implied there). */
export function buildRoute(intent: QueryIntent, filters: QueryFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (key === "timeZone") continue;
    const name = URL_NAMES[intent]?.[key] ?? key;
    params.set(name, Array.isArray(value) ? value.join(",") : String(value));
  }
  const query = params.toString();
  return query ? `${PATHS[intent]}?${query}` : PATHS[intent];
}
