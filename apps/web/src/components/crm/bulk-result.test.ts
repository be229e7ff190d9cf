import { describe, expect, it } from "vitest";
import { describeBulkResult } from "./bulk-result";

describe("describeBulkResult", () => {
  it("names what changed, what already was so and what was skipped", () => {
    expect(describeBulkResult((records) => `Assigned ${records}`, { updated: 3, unchanged: 1, skipped: 2 }, ["lead", "leads"])).toBe(
      "Assigned 3 leads; 1 already so; 2 skipped (outside what you may change).",
    );
  });

  it("leaves out the counts that are zero and uses the singular for one", () => {
    expect(describeBulkResult((records) => `Moved ${records} to the trash`, { updated: 1, unchanged: 0, skipped: 0 }, ["deal", "deals"])).toBe("Moved 1 deal to the trash.");
    expect(describeBulkResult((records) => `Updated ${records}`, { updated: 1_200, unchanged: 0, skipped: 0 }, ["policy", "policies"])).toBe("Updated 1,200 policies.");
  });
});
