import { describe, expect, it } from "vitest";
import { systemActor } from "../actor";
import { reachOf } from "./reach";
import { testActor } from "../../testing/test-actor";

describe("reachOf", () => {
  it("reaches an agent's own records only", () => {
    expect(reachOf(testActor("agent"))).toEqual({ kind: "self", organizationId: "org-1", userId: "user-1", teamId: "team-1" });
  });

  it("reaches a manager's team, or only the manager without a team", () => {
    expect(reachOf(testActor("manager"))).toEqual({ kind: "team", organizationId: "org-1", userId: "user-1", teamId: "team-1" });
    expect(reachOf(testActor("manager", null))).toEqual({ kind: "self", organizationId: "org-1", userId: "user-1", teamId: null });
  });

  it.each(["admin", "compliance", "viewer"] as const)("reaches the whole organization for %s", (role) => {
    expect(reachOf(testActor(role))).toEqual({ kind: "organization", organizationId: "org-1" });
  });

  it("reaches the whole organization of the job for the system actor", () => {
    expect(reachOf(systemActor("org-9", "test"))).toEqual({ kind: "organization", organizationId: "org-9" });
  });
});
