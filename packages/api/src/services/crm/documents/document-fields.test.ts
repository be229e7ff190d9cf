import { describe, expect, it } from "vitest";
import { changedFields, documentFilters } from "./document-fields";

describe("document fields", () => {
  it("keeps the fields an update names, nulls included", () => {
    expect(changedFields({ title: "New", summary: null, category: undefined })).toEqual({ title: "New", summary: null });
  });

  it("filters by category case-insensitively, by status, and searches the named columns", () => {
    const filters = documentFilters({ category: "Claims", status: "draft", search: "flood" }, (term) => [{ title: term }, { description: term }]);
    expect(filters).toEqual([{ category: { equals: "Claims", mode: "insensitive" } }, { status: "draft" }, { OR: [{ title: "flood" }, { description: "flood" }] }]);
  });

  it("adds no filter for what is not asked", () => {
    expect(documentFilters({}, (term) => [{ title: term }])).toEqual([]);
  });
});
