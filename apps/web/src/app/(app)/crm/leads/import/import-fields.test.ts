import { describe, expect, it } from "vitest";
import { columnsByField, mappingFromSuggestion, sameMapping } from "./import-fields";

describe("columnsByField", () => {
  it("names the first column holding each field and ignores unmapped columns", () => {
    const taken = columnsByField({ "Full Name": "name", "E-mail": "email", Zip: null, "Work Email": "email" });
    expect([...taken]).toEqual([
      ["name", "Full Name"],
      ["email", "E-mail"],
    ]);
  });
});

describe("mappingFromSuggestion", () => {
  it("keeps every header, and turns fields the import does not know into Don't import", () => {
    const mapping = mappingFromSuggestion(["Name", "Shoe size", "Mail"], [
      { header: "Name", field: "name" },
      { header: "Shoe size", field: "shoeSize" },
    ]);
    expect(mapping).toEqual({ Name: "name", "Shoe size": null, Mail: null });
    expect(sameMapping(mapping, { Name: "name" })).toBe(true);
    expect(sameMapping(mapping, { Name: "name", Mail: "email" })).toBe(false);
  });
});
