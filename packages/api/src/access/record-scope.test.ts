import { describe, expect, it } from "vitest";
import type { UserActor } from "./actor";
import { systemActor } from "./actor";
import { ownedRecordScope, requireId, taskScope, within } from "./record-scope";

const actor = (role: UserActor["role"], teamId: string | null = "team-1"): UserActor => ({
  kind: "user",
  userId: "user-1",
  organizationId: "org-1",
  role,
  teamId,
  email: "someone@harbor.local",
  name: "Someone",
  via: "session",
});

describe("ownedRecordScope", () => {
  it("limits an agent to records they own", () => {
    expect(ownedRecordScope(actor("agent"))).toEqual({ organizationId: "org-1", ownerId: "user-1" });
  });

  it("gives a manager their own and their team's records", () => {
    expect(ownedRecordScope(actor("manager"))).toEqual({
      organizationId: "org-1",
      OR: [{ ownerId: "user-1" }, { owner: { is: { teamId: "team-1" } } }],
    });
  });

  it("gives a manager without a team only their own records", () => {
    expect(ownedRecordScope(actor("manager", null))).toEqual({ organizationId: "org-1", ownerId: "user-1" });
  });

  it.each(["admin", "compliance", "viewer"] as const)("gives %s the whole organization", (role) => {
    expect(ownedRecordScope(actor(role))).toEqual({ organizationId: "org-1" });
  });

  it("gives the system actor the whole organization of the job", () => {
    expect(ownedRecordScope(systemActor("org-9", "test"))).toEqual({ organizationId: "org-9" });
  });
});

describe("taskScope", () => {
  it("limits an agent to tasks assigned to or created by them", () => {
    expect(taskScope(actor("agent"))).toEqual({
      organizationId: "org-1",
      OR: [{ assigneeId: "user-1" }, { createdById: "user-1" }],
    });
  });
});

describe("within and requireId", () => {
  it("keeps the scope's OR and the filter's OR apart", () => {
    const where = within({ OR: [{ ownerId: "a" }] }, { OR: [{ name: "x" }] });
    expect(where).toEqual({ AND: [{ OR: [{ ownerId: "a" }] }, { OR: [{ name: "x" }] }] });
  });

  it("refuses an undefined id instead of matching everything", () => {
    expect(() => requireId(undefined)).toThrow(/id is required/);
    expect(requireId("abc")).toBe("abc");
  });
});
