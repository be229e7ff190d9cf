import type { Route } from "next";
import { recordHref } from "~/components/crm/record-href";
import type { RouterOutputs } from "~/trpc/types";

export type GlobalSearchResult = RouterOutputs["search"]["global"];

export type SearchLinkKind = "contact" | "lead" | "deal" | "ticket" | "policy" | "knowledge";

/** One hit of the search box as the link it is: what it is, what it is called, a line of detail, where it opens. */
export interface SearchLink {
  key: string;
  kind: SearchLinkKind;
  title: string;
  subtitle: string;
  href: Route;
}

export const searchKindLabels: Record<SearchLinkKind, string> = {
  contact: "Contact",
  lead: "Lead",
  deal: "Deal",
  ticket: "Ticket",
  policy: "Policy",
  knowledge: "Knowledge",
};

const detail = (...parts: (string | null | undefined)[]) => parts.filter((part): part is string => Boolean(part)).join(" · ");

function linkTo(entityType: string, entityId: string): Route {
  return recordHref({ entityType, entityId }) ?? "/";
}

/** The hits of search.global as links, in the box's order: people first, then deals, tickets, policies and knowledge. */
export function searchLinks(result: GlobalSearchResult): SearchLink[] {
  return [
    ...result.contacts.map((hit) => ({
      key: `contact:${hit.id}`,
      kind: "contact" as const,
      title: hit.name,
      subtitle: detail(hit.customerCode, hit.email, hit.phone, hit.company),
      href: linkTo("contact", hit.id),
    })),
    ...result.leads.map((hit) => ({ key: `lead:${hit.id}`, kind: "lead" as const, title: hit.name, subtitle: detail(hit.email, hit.phone, hit.company), href: linkTo("lead", hit.id) })),
    ...result.deals.map((hit) => ({ key: `deal:${hit.id}`, kind: "deal" as const, title: hit.title, subtitle: detail(hit.contactName), href: linkTo("opportunity", hit.id) })),
    ...result.tickets.map((hit) => ({ key: `ticket:${hit.id}`, kind: "ticket" as const, title: hit.subject, subtitle: `TCK-${hit.number}`, href: linkTo("ticket", hit.id) })),
    ...result.policies.map((hit) => ({
      key: `policy:${hit.id}`,
      kind: "policy" as const,
      title: hit.policyNumber,
      subtitle: detail(hit.contactName, hit.carrier),
      href: linkTo("contact", hit.contactId),
    })),
    ...result.knowledge.map((hit) => ({ key: `knowledge:${hit.id}`, kind: "knowledge" as const, title: hit.title, subtitle: detail(hit.category), href: linkTo("knowledge_resource", hit.id) })),
  ];
}

/** The option the arrow keys move to, wrapping at both ends; -1 (nothing chosen) when there are no options. */
export function movedIndex(current: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}
