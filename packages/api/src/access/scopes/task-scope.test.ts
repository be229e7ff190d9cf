import { describe, expect, it } from "vitest";
import { testActor } from "../../testing/test-actor";
import { taskScope } from "./task-scope";

describe("taskScope", () => {
  it("limits an agent to tasks assigned to or created by them", () => {
    expect(taskScope(testActor("agent"))).toEqual({
      organizationId: "org-1",
      OR: [{ assigneeId: "user-1" }, { createdById: "user-1" }],
    });
  });

  it("adds tasks assigned to a manager's team", () => {
    expect(taskScope(testActor("manager"))).toEqual({
      organizationId: "org-1",
      OR: [{ assigneeId: "user-1" }, { createdById: "user-1" }, { assignee: { is: { teamId: "team-1" } } }],
    });
  });

  it("gives a viewer every task of the organization", () => {
    expect(taskScope(testActor("viewer"))).toEqual({ organizationId: "org-1" });
  });
});
