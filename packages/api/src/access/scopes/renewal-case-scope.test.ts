import { describe, expect, it } from "vitest";
import { testActor } from "../../testing/test-actor";
import { renewalCaseScope, renewalCaseScopeSql } from "./renewal-case-scope";

describe("renewalCaseScope", () => {
  it("reaches an agent's cases through assignee or escalation to them", () => {
    expect(renewalCaseScope(testActor("agent"))).toEqual({ organizationId: "org-1", OR: [{ assigneeId: "user-1" }, { escalatedToId: "user-1" }] });
  });

  it("adds the cases assigned to a manager's team", () => {
    expect(renewalCaseScope(testActor("manager")).OR).toContainEqual({ assignee: { is: { teamId: "team-1" } } });
  });

  it("limits a manager without a team to their own cases", () => {
    expect(renewalCaseScope(testActor("manager", null))).toEqual({ organizationId: "org-1", OR: [{ assigneeId: "user-1" }, { escalatedToId: "user-1" }] });
  });

  it("reaches every case of the organization for admins, compliance and viewers", () => {
    for (const role of ["admin", "compliance", "viewer"] as const) expect(renewalCaseScope(testActor(role))).toEqual({ organizationId: "org-1" });
  });
});

describe("renewalCaseScopeSql", () => {
  it("matches an agent on assignee or escalation", () => {
    const sql = renewalCaseScopeSql(testActor("agent"), "c");
    expect(sql.sql).toContain(`"c".assignee_id = ?::uuid OR "c".escalated_to_id = ?::uuid`);
    expect(sql.values).toEqual(["org-1", "user-1", "user-1"]);
  });

  it("adds a manager's team and is the tenant alone for an admin", () => {
    expect(renewalCaseScopeSql(testActor("manager"), "c").sql).toContain(`"c".assignee_id IN (SELECT id FROM users WHERE team_id = ?::uuid)`);
    expect(renewalCaseScopeSql(testActor("admin"), "c").values).toEqual(["org-1"]);
  });
});
