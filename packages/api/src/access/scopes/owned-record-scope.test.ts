import { describe, expect, it } from "vitest";
import { systemActor } from "../actor";
import { testActor } from "../../testing/test-actor";
import { ownedRecordScope, ownedRecordScopeSql } from "./owned-record-scope";

describe("ownedRecordScope", () => {
  it("limits an agent to records they own", () => {
    expect(ownedRecordScope(testActor("agent"))).toEqual({ organizationId: "org-1", ownerId: "user-1", deletedAt: null });
  });

  it("gives a manager their own and their team's records", () => {
    expect(ownedRecordScope(testActor("manager"))).toEqual({
      organizationId: "org-1",
      OR: [{ ownerId: "user-1" }, { owner: { is: { teamId: "team-1" } } }],
      deletedAt: null,
    });
  });

  it("gives a manager without a team only their own records", () => {
    expect(ownedRecordScope(testActor("manager", null))).toEqual({ organizationId: "org-1", ownerId: "user-1", deletedAt: null });
  });

  it.each(["admin", "compliance", "viewer"] as const)("gives %s the whole organization", (role) => {
    expect(ownedRecordScope(testActor(role))).toEqual({ organizationId: "org-1", deletedAt: null });
  });

  it("gives the system actor the whole organization of the job", () => {
    expect(ownedRecordScope(systemActor("org-9", "test"))).toEqual({ organizationId: "org-9", deletedAt: null });
  });
});

describe("ownedRecordScopeSql", () => {
  it("filters an agent's rows by owner", () => {
    const sql = ownedRecordScopeSql(testActor("agent"), "l");
    expect(sql.sql).toBe(`"l".organization_id = ?::uuid AND "l".owner_id = ?::uuid AND "l".deleted_at IS NULL`);
    expect(sql.values).toEqual(["org-1", "user-1"]);
  });

  it("lets a manager's rows be owned by anyone on the team", () => {
    const sql = ownedRecordScopeSql(testActor("manager"), "c");
    expect(sql.sql).toContain(`"c".owner_id IN (SELECT id FROM users WHERE team_id = ?::uuid)`);
    expect(sql.values).toEqual(["org-1", "user-1", "team-1"]);
  });

  it("keeps only the tenant condition for the whole organization", () => {
    expect(ownedRecordScopeSql(testActor("admin"), "x").sql).toBe(`"x".organization_id = ?::uuid AND "x".deleted_at IS NULL`);
  });

  it("cannot be broken out of by a quote in the alias", () => {
    expect(ownedRecordScopeSql(testActor("admin"), `x"; DROP`).sql).toBe(`"x; DROP".organization_id = ?::uuid AND "x; DROP".deleted_at IS NULL`);
  });
});
