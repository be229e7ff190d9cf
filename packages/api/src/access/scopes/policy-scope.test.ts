import { describe, expect, it } from "vitest";
import { testActor } from "../../testing/test-actor";
import { policyScope, policyScopeSql } from "./policy-scope";

describe("policyScope", () => {
  it("reaches an agent's policies through the contacts they own", () => {
    expect(policyScope(testActor("agent"))).toEqual({
      organizationId: "org-1",
      deletedAt: null,
      contact: { is: { organizationId: "org-1", ownerId: "user-1", deletedAt: null } },
    });
  });

  it("reaches every policy of the organization for compliance", () => {
    expect(policyScope(testActor("compliance"))).toEqual({
      organizationId: "org-1",
      deletedAt: null,
      contact: { is: { organizationId: "org-1", deletedAt: null } },
    });
  });
});

describe("policyScopeSql", () => {
  it("reaches an agent's policies through a contact they own", () => {
    const sql = policyScopeSql(testActor("agent"), "p");
    expect(sql.sql).toBe(
      `"p".organization_id = ?::uuid AND "p".deleted_at IS NULL AND "p".contact_deleted_at IS NULL AND (SELECT "policy_contact".organization_id = ?::uuid AND "policy_contact".owner_id = ?::uuid FROM contacts policy_contact WHERE policy_contact.id = "p".contact_id)`,
    );
    expect(sql.values).toEqual(["org-1", "org-1", "user-1"]);
  });

  it("is the organization's live policies of live contacts for compliance, read from the policy row", () => {
    expect(policyScopeSql(testActor("compliance"), "p").sql).toBe(`"p".organization_id = ?::uuid AND "p".deleted_at IS NULL AND "p".contact_deleted_at IS NULL`);
  });
});
