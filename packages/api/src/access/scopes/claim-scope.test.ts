import { describe, expect, it } from "vitest";
import { testActor } from "../../testing/test-actor";
import { claimScope } from "./claim-scope";

// A claim of a trashed policy, or of a policy whose contact is trashed, is out of scope (live-record.ts).
describe("claimScope", () => {
  it("reaches an agent's claims through the policies of the contacts they own", () => {
    expect(claimScope(testActor("agent"))).toEqual({
      organizationId: "org-1",
      policy: { is: { organizationId: "org-1", deletedAt: null, contact: { is: { organizationId: "org-1", ownerId: "user-1", deletedAt: null } } } },
    });
  });

  it("reaches a manager's claims through their own and their team's contacts", () => {
    expect(claimScope(testActor("manager"))).toEqual({
      organizationId: "org-1",
      policy: {
        is: {
          organizationId: "org-1",
          deletedAt: null,
          contact: { is: { organizationId: "org-1", OR: [{ ownerId: "user-1" }, { owner: { is: { teamId: "team-1" } } }], deletedAt: null } },
        },
      },
    });
  });

  it("reaches every claim of a live policy of the organization for admins, compliance and viewers", () => {
    for (const role of ["admin", "compliance", "viewer"] as const) {
      expect(claimScope(testActor(role))).toEqual({ organizationId: "org-1", policy: { is: { organizationId: "org-1", deletedAt: null, contact: { is: { organizationId: "org-1", deletedAt: null } } } } });
    }
  });
});
