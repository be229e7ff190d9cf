import { describe, expect, it } from "vitest";
import { systemActor } from "../actor";
import { testActor } from "../../testing/test-actor";
import { rosterScopeSql } from "./roster-scope";

describe("rosterScopeSql", () => {
  it("shows an agent their team", () => {
    const sql = rosterScopeSql(testActor("agent"), "u");
    expect(sql.sql).toBe(`"u".organization_id = ?::uuid AND ("u".team_id = ?::uuid OR "u".id = ?::uuid)`);
    expect(sql.values).toEqual(["org-1", "team-1", "user-1"]);
  });

  it("shows an agent without a team only themselves", () => {
    expect(rosterScopeSql(testActor("agent", null), "u").sql).toBe(`"u".organization_id = ?::uuid AND "u".id = ?::uuid`);
  });

  it("shows the system actor the whole organization", () => {
    expect(rosterScopeSql(systemActor("org-9", "test"), "u").values).toEqual(["org-9"]);
  });
});
