import { describe, expect, it } from "vitest";
import { movedIndex, searchLinks, type GlobalSearchResult } from "./search-links";

const empty: GlobalSearchResult = { contacts: [], leads: [], deals: [], tickets: [], policies: [], knowledge: [] };

describe("searchLinks", () => {
  it("links a policy hit to its contact, titled by its number", () => {
    const links = searchLinks({
      ...empty,
      policies: [{ id: "p1", policyNumber: "HO-2026-00417", type: "home", carrier: "Harbor Mutual", status: "active", contactId: "c1", contactName: "Marisol Quintero" }],
    });
    expect(links).toEqual([{ key: "policy:p1", kind: "policy", title: "HO-2026-00417", subtitle: "Marisol Quintero · Harbor Mutual", href: "/crm/contacts/c1" }]);
  });

  it("orders people before deals, tickets, policies and knowledge, each to its page", () => {
    const links = searchLinks({
      contacts: [{ id: "c1", name: "Ann", email: null, phone: null, company: null, customerCode: "C-1" }],
      leads: [{ id: "l1", name: "Ben", email: "ben@example.com", phone: null, company: null, kind: "client", status: "new" }],
      deals: [{ id: "d1", title: "Home", stage: "quoted", value: 10, contactName: null }],
      tickets: [{ id: "t1", number: 7, subject: "Claim", status: "open", priority: "high" }],
      policies: [],
      knowledge: [{ id: "k1", title: "Flood", category: "Claims" }],
    });
    expect(links.map((link) => [link.kind, link.href, link.subtitle])).toEqual([
      ["contact", "/crm/contacts/c1", "C-1"],
      ["lead", "/crm/leads?lead=l1", "ben@example.com"],
      ["deal", "/crm/pipeline?opportunity=d1", ""],
      ["ticket", "/crm/tickets/t1", "TCK-7"],
      ["knowledge", "/crm/knowledge?resource=k1", "Claims"],
    ]);
  });
});

describe("movedIndex", () => {
  it("wraps at both ends and starts from either end", () => {
    expect(movedIndex(-1, 3, 1)).toBe(0);
    expect(movedIndex(-1, 3, -1)).toBe(2);
    expect(movedIndex(2, 3, 1)).toBe(0);
    expect(movedIndex(0, 3, -1)).toBe(2);
    expect(movedIndex(0, 0, 1)).toBe(-1);
  });
});
