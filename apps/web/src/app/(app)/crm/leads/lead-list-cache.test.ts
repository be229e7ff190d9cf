import { describe, expect, it } from "vitest";
import { findInPages, patchInPages, prependToPages, removeFromPages } from "./lead-list-cache";

const lead = (id: string, status = "new") => ({ id, status });
const paged = (...pages: { id: string; status: string }[][]) => ({
  pages: pages.map((items, index) => ({ items, total: index === 0 ? 5 : null, nextCursor: null })),
  pageParams: pages.map(() => null),
});

describe("lead list cache edits", () => {
  it("removes a lead from whichever page holds it and lowers the total", () => {
    const data = paged([lead("a"), lead("b")], [lead("c")]);
    const result = removeFromPages(data, "c");
    expect(result?.pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(["a", "b"]);
    expect(result?.pages[0]?.total).toBe(4);
  });

  it("puts a moved lead first in its new column and raises the total once", () => {
    const data = paged([lead("a")]);
    const once = prependToPages(data, lead("z", "contacted"));
    expect(once?.pages[0]?.items.map((item) => item.id)).toEqual(["z", "a"]);
    expect(once?.pages[0]?.total).toBe(6);
    const again = prependToPages(once, lead("z", "contacted"));
    expect(again?.pages[0]?.items.map((item) => item.id)).toEqual(["z", "a"]);
    expect(again?.pages[0]?.total).toBe(6);
  });

  it("leaves lists alone that are not loaded or do not hold the lead", () => {
    const data = paged([lead("a")]);
    expect(removeFromPages(data, "missing")).toBe(data);
    expect(patchInPages(data, "missing", { status: "won" })).toBe(data);
    expect(prependToPages(undefined, lead("a"))).toBeUndefined();
  });

  it("patches a lead in place", () => {
    const data = paged([lead("a")], [lead("b")]);
    expect(findInPages(patchInPages(data, "b", { status: "won" }), "b")).toEqual({ id: "b", status: "won" });
  });
});
