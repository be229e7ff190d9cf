import { describe, expect, it } from "vitest";
import { hasActiveFilters, leadListInput, parseLeadFilters, withLeadFilters } from "./lead-filters";

const viewerId = "7f1c2b9e-4a44-4a5e-9d7e-0c7d3f1a2b3c";

describe("lead filters in the URL", () => {
  it("reads every filter and ignores values that are not valid", () => {
    const filters = parseLeadFilters(
      new URLSearchParams("kind=recruit&view=board&status=qualified&source=Referral&owner=me&tag=vip&scoreMin=40&scoreMax=abc&from=2026-03-01&to=03/31/2026&q=%20smith%20&sort=score"),
    );
    expect(filters).toEqual({
      kind: "recruit",
      view: "board",
      status: "qualified",
      source: "Referral",
      owner: "me",
      tag: "vip",
      scoreMin: 40,
      scoreMax: undefined,
      createdFrom: "2026-03-01",
      createdTo: undefined,
      search: "smith",
      sort: "score",
    });
    expect(parseLeadFilters(new URLSearchParams("status=archived&kind=other&sort=id"))).toMatchObject({ kind: "client", view: "table", status: undefined, sort: undefined });
  });

  it("writes only what differs from the defaults and keeps the open lead", () => {
    const params = withLeadFilters(new URLSearchParams("lead=abc&status=new"), { kind: "client", view: "table", sort: "createdAt", scoreMin: 0, search: "ann" });
    expect(params.toString()).toBe("lead=abc&scoreMin=0&q=ann");
  });

  it("round-trips through the query string", () => {
    const filters = parseLeadFilters(new URLSearchParams("kind=recruit&owner=none&scoreMax=90&to=2026-04-30"));
    expect(parseLeadFilters(withLeadFilters(new URLSearchParams(), filters))).toEqual(filters);
  });

  it("knows when something narrows the list beyond the tab, view and sort", () => {
    expect(hasActiveFilters(parseLeadFilters(new URLSearchParams("kind=recruit&view=board&sort=name")))).toBe(false);
    expect(hasActiveFilters(parseLeadFilters(new URLSearchParams("scoreMin=0")))).toBe(true);
  });
});

describe("leadListInput", () => {
  it("passes the tag filter through", () => {
    expect(leadListInput(parseLeadFilters(new URLSearchParams("tag=%20referral%20")), viewerId, { limit: 50 }).tag).toBe("referral");
    expect(leadListInput(parseLeadFilters(new URLSearchParams("")), viewerId, { limit: 50 })).not.toHaveProperty("tag");
  });

  it("turns me and none into owner ids and days into the start and end of local days", () => {
    const input = leadListInput(parseLeadFilters(new URLSearchParams("owner=me&from=2026-03-01&to=2026-03-31&status=won")), viewerId, { limit: 50 });
    expect(input.ownerId).toBe(viewerId);
    expect(input.status).toBe("won");
    expect(input.createdFrom).toEqual(new Date(2026, 2, 1));
    expect(input.createdTo).toEqual(new Date(2026, 2, 31, 23, 59, 59, 999));
    expect(leadListInput(parseLeadFilters(new URLSearchParams("owner=none")), viewerId, { limit: 50 }).ownerId).toBeNull();
  });

  it("leaves the status to the board's columns", () => {
    const input = leadListInput(parseLeadFilters(new URLSearchParams("status=won&view=board")), viewerId, { limit: 25, includeStatus: false });
    expect(input).toEqual({ kind: "client", limit: 25 });
  });
});
