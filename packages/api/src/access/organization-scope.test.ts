import { describe, expect, it } from "vitest";
import { requireId, within } from "./organization-scope";

describe("within and requireId", () => {
  it("keeps the scope's OR and the filter's OR apart", () => {
    const where = within({ OR: [{ ownerId: "a" }] }, { OR: [{ name: "x" }] });
    expect(where).toEqual({ AND: [{ OR: [{ ownerId: "a" }] }, { OR: [{ name: "x" }] }] });
  });

  it("refuses an undefined id instead of matching everything", () => {
    expect(() => requireId(undefined)).toThrow(/id is required/);
    expect(requireId("abc")).toBe("abc");
  });
});
