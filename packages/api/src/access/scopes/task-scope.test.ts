import { describe, expect, it } from "vitest";
import { testActor } from "../../testing/test-actor";
import { taskScope, taskScopeSql } from "./task-scope";

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

describe("taskScopeSql", () => {
  it("limits an agent to tasks assigned to or created by them", () => {
    const sql = taskScopeSql(testActor("agent"), "t");
    expect(sql.sql).toBe(`"t".organization_id = ?::uuid AND ("t".assignee_id = ?::uuid OR "t".created_by_id = ?::uuid)`);
    expect(sql.values).toEqual(["org-1", "user-1", "user-1"]);
  });

  it("adds tasks assigned to a manager's team", () => {
    const sql = taskScopeSql(testActor("manager"), "t");
    expect(sql.sql).toContain(`OR "t".assignee_id IN (SELECT id FROM users WHERE team_id = ?::uuid))`);
    expect(sql.values).toEqual(["org-1", "user-1", "user-1", "team-1"]);
  });

  it("gives a viewer every task of the organization", () => {
    expect(taskScopeSql(testActor("viewer"), "t").sql).toBe(`"t".organization_id = ?::uuid`);
  });
});
