import { describe, expect, it } from "vitest";
import { testActor } from "../../testing/test-actor";
import { householdScope } from "./household-scope";

describe("householdScope", () => {
  it("reaches an agent's household through a live member the agent owns", () => {
    expect(householdScope(testActor("agent"))).toEqual({
      organizationId: "org-1",
      members: { some: { organizationId: "org-1", ownerId: "user-1", deletedAt: null } },
    });
  });

  it("reaches every household with a live member for an admin", () => {
    expect(householdScope(testActor("admin"))).toEqual({ organizationId: "org-1", members: { some: { organizationId: "org-1", deletedAt: null } } });
  });
});
