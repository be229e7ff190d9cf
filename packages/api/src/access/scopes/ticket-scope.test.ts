import { describe, expect, it } from "vitest";
import { testActor } from "../../testing/test-actor";
import { ticketScope, ticketScopeSql } from "./ticket-scope";

describe("ticketScope", () => {
  it("reaches an agent's tickets through assignee, creator or the contact they own", () => {
    expect(ticketScope(testActor("agent"))).toEqual({
      organizationId: "org-1",
      OR: [{ assigneeId: "user-1" }, { createdById: "user-1" }, { contact: { is: { ownerId: "user-1" } } }],
      deletedAt: null,
    });
  });

  it("adds the people of a manager's team", () => {
    const scope = ticketScope(testActor("manager"));
    expect(scope.OR).toContainEqual({ assignee: { is: { teamId: "team-1" } } });
    expect(scope.OR).toContainEqual({ contact: { is: { owner: { is: { teamId: "team-1" } } } } });
  });

  it("reaches every ticket of the organization for an admin", () => {
    expect(ticketScope(testActor("admin"))).toEqual({ organizationId: "org-1", deletedAt: null });
  });
});

describe("ticketScopeSql", () => {
  it("matches the people in an agent's reach on assignee, creator and contact owner", () => {
    const sql = ticketScopeSql(testActor("agent"), "t");
    expect(sql.sql).toContain(`"t".assignee_id IN (SELECT ?::uuid)`);
    expect(sql.values).toEqual(["org-1", "user-1", "user-1", "user-1"]);
  });

  it("leaves trashed tickets out", () => {
    expect(ticketScopeSql(testActor("admin"), "t").sql).toBe(`"t".organization_id = ?::uuid AND "t".deleted_at IS NULL`);
  });

  it("adds a manager's team to the people in reach", () => {
    expect(ticketScopeSql(testActor("manager"), "t").sql).toContain(`SELECT ?::uuid UNION ALL SELECT id FROM users WHERE team_id = ?::uuid`);
  });
});
