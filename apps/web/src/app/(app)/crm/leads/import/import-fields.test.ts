import { describe, expect, it } from "vitest";
import { columnsByField } from "./import-fields";

describe("columnsByField", () => {
  it("names the first column holding each field and ignores unmapped columns", () => {
    const taken = columnsByField({ "Full Name": "name", "E-mail": "email", Zip: null, "Work Email": "email" });
    expect([...taken]).toEqual([
      ["name", "Full Name"],
      ["email", "E-mail"],
    ]);
  });
});
