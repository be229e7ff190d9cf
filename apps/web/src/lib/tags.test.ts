import { describe, expect, it } from "vitest";
import { parseTags } from "./tags";

describe("parseTags", () => {
  it("splits on commas, trims, and drops empties and repeats", () => {
    expect(parseTags(" auto, home ,, auto,vip ")).toEqual(["auto", "home", "vip"]);
    expect(parseTags("")).toEqual([]);
  });
});
