import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps a path on this site, with its query and hash", () => {
    expect(safeRedirectPath("/settings?tab=keys#api-keys")).toBe("/settings?tab=keys#api-keys");
  });

  it.each([
    ["an absolute URL", "https://evil.example/steal"],
    ["a protocol-relative URL", "//evil.example"],
    ["a backslash trick", "/\\evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a control character", "/a\nb"],
    ["an empty value", ""],
  ])("falls back for %s", (_label, value) => {
    expect(safeRedirectPath(value)).toBe("/");
  });

  it("falls back for non-strings such as a repeated query parameter", () => {
    expect(safeRedirectPath(["/a", "/b"])).toBe("/");
    expect(safeRedirectPath(undefined, "/crm")).toBe("/crm");
  });

  it("does not send a signed-in user back to the sign-in or sign-up page or into the API", () => {
    expect(safeRedirectPath("/sign-in")).toBe("/");
    expect(safeRedirectPath("/sign-up?x=1")).toBe("/");
    expect(safeRedirectPath("/api/auth/signout")).toBe("/");
  });
});
