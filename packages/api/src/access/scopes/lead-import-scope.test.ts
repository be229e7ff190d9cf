import { describe, expect, it } from "vitest";
import { systemActor } from "../actor";
import { testActor } from "../../testing/test-actor";
import { leadImportScope } from "./lead-import-scope";

describe("leadImportScope", () => {
  it("limits an agent to their own imports", () => {
    expect(leadImportScope(testActor("agent"))).toEqual({ organizationId: "org-1", uploadedById: "user-1" });
  });

  it("gives a manager their own and their team's imports", () => {
    expect(leadImportScope(testActor("manager"))).toEqual({
      organizationId: "org-1",
      OR: [{ uploadedById: "user-1" }, { uploadedBy: { is: { teamId: "team-1" } } }],
    });
  });

  it("gives a manager without a team only their own imports", () => {
    expect(leadImportScope(testActor("manager", null))).toEqual({ organizationId: "org-1", uploadedById: "user-1" });
  });

  it("gives admins and the system the whole organization", () => {
    expect(leadImportScope(testActor("admin"))).toEqual({ organizationId: "org-1" });
    expect(leadImportScope(systemActor("org-9", "test"))).toEqual({ organizationId: "org-9" });
  });
});
