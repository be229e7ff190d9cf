import { describe, expect, it } from "vitest";
import { isActive, navigation } from "./navigation";

describe("isActive", () => {
  it("marks Home only on the root path", () => {
    expect(isActive("/", "/")).toBe(true);
    expect(isActive("/", "/settings")).toBe(false);
  });

  it("marks a section on its own path and below, not on a path that merely shares a prefix", () => {
    expect(isActive("/crm", "/crm")).toBe(true);
    expect(isActive("/crm", "/crm/leads/1")).toBe(true);
    expect(isActive("/crm", "/crmx")).toBe(false);
  });

  it("lists the modules in the order of the product brief", () => {
    expect(navigation.map((item) => item.label)).toEqual(["Home", "CRM", "Renewals", "Inbox", "Calendar", "Copilot", "Analytics", "Settings"]);
  });
});
