import { describe, expect, it } from "vitest";
import { optionsFrom } from "./options";

describe("optionsFrom", () => {
  it("lists a label map's values with their labels in the map's order", () => {
    expect(optionsFrom<"open" | "closed" | "all">({ open: "Open", closed: "Closed", all: "All" })).toEqual([
      { value: "open", label: "Open" },
      { value: "closed", label: "Closed" },
      { value: "all", label: "All" },
    ]);
  });
});
