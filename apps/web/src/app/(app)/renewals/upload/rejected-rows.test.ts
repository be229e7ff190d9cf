import { describe, expect, it } from "vitest";
import { rejectedRowsCsv } from "./rejected-rows";

describe("rejectedRowsCsv", () => {
  it("writes one line per rejected cell, quoting what needs it", () => {
    expect(rejectedRowsCsv([{ row: 11, field: "email", error: 'must be a valid email address (got "x, y")' }, { row: 40, field: null, error: "not applied" }])).toBe(
      'row,column,error\n11,email,"must be a valid email address (got ""x, y"")"\n40,,not applied',
    );
  });
});
