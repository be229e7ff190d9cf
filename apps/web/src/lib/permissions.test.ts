import { describe, expect, it } from "vitest";
import { areaLabel, groupPermissions } from "./permissions";

describe("groupPermissions", () => {
  it("groups actions by area in the order the areas first appear", () => {
    expect(groupPermissions(["crm:read", "users:manage", "crm:write", "api-keys:own"])).toEqual([
      { area: "crm", actions: ["read", "write"] },
      { area: "users", actions: ["manage"] },
      { area: "api-keys", actions: ["own"] },
    ]);
  });

  it("keeps a permission without an action as an area of its own", () => {
    expect(groupPermissions(["superuser"])).toEqual([{ area: "superuser", actions: [] }]);
  });
});

describe("areaLabel", () => {
  it("spells acronyms and hyphenated areas the way the product does", () => {
    expect(areaLabel("crm")).toBe("CRM");
    expect(areaLabel("api-keys")).toBe("API keys");
    expect(areaLabel("renewals")).toBe("Renewals");
    expect(areaLabel("safety-log")).toBe("Safety log");
  });
});
