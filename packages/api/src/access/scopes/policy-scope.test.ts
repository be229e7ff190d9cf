import { describe, expect, it } from "vitest";
import { testActor } from "../../testing/test-actor";
import { policyScope } from "./policy-scope";

describe("policyScope", () => {
  it("reaches an agent's policies through the contacts they own", () => {
    expect(policyScope(testActor("agent"))).toEqual({
      organizationId: "org-1",
      deletedAt: null,
      contact: { is: { organizationId: "org-1", ownerId: "user-1", deletedAt: null } },
    });
  });

  it("reaches every policy of the organization for compliance", () => {
    expect(policyScope(testActor("compliance"))).toEqual({
      organizationId: "org-1",
      deletedAt: null,
      contact: { is: { organizationId: "org-1", deletedAt: null } },
    });
  });
});
