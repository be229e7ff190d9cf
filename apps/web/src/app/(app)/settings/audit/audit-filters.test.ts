import { describe, expect, it } from "vitest";
import { auditQueryOf, emptyAuditFilters } from "./audit-filters";

describe("auditQueryOf", () => {
  it("leaves out every empty filter", () => {
    expect(auditQueryOf(emptyAuditFilters)).toEqual({});
    expect(auditQueryOf({ ...emptyAuditFilters, entityType: "  ", action: "" })).toEqual({});
  });

  it("passes actor, entity and action, trimmed", () => {
    expect(auditQueryOf({ ...emptyAuditFilters, actorType: "api_key", actorId: "u1", entityType: " contact ", entityId: "c1", action: "crm.contacts." })).toEqual({
      actorType: "api_key",
      actorId: "u1",
      entityType: "contact",
      entityId: "c1",
      action: "crm.contacts.",
    });
  });

  it("covers the whole of the last day: `to` is the next local midnight", () => {
    const query = auditQueryOf({ ...emptyAuditFilters, fromDay: "2026-12-01", toDay: "2026-12-05" });
    expect(query.from).toEqual(new Date(2026, 11, 1));
    expect(query.to).toEqual(new Date(2026, 11, 6));
    expect(auditQueryOf({ ...emptyAuditFilters, toDay: "2026-12-31" }).to).toEqual(new Date(2027, 0, 1));
    expect(auditQueryOf({ ...emptyAuditFilters, fromDay: "not a day" })).toEqual({});
  });
});
