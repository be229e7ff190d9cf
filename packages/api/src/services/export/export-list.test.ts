import { describe, expect, it } from "vitest";
import { exportList } from "./export-list";

const pagesOf = (count: number) => async ({ cursor, limit }: { cursor?: string; limit: number }) => {
  const start = cursor ? Number(cursor) : 0;
  const items = Array.from({ length: Math.max(0, Math.min(limit, count - start)) }, (_, index) => ({ n: start + index }));
  const next = start + items.length;
  return { items, nextCursor: next < count ? String(next) : null };
};

describe("exportList", () => {
  it("walks every page of the list and names the file by the day", async () => {
    const result = await exportList({ name: "leads", columns: [{ header: "n", value: (row: { n: number }) => row.n }], readPage: pagesOf(450), now: new Date("2026-12-05T08:00:00Z") });
    expect(result).toMatchObject({ filename: "leads-2026-12-05.csv", rowCount: 450, truncated: false });
    expect(result.csv.trim().split("\r\n")).toHaveLength(451);
  });

  it("stops at the row cap and says the export was cut", async () => {
    const result = await exportList({ name: "leads", columns: [{ header: "n", value: (row: { n: number }) => row.n }], readPage: pagesOf(500), maxRows: 300 });
    expect(result).toMatchObject({ rowCount: 300, truncated: true });
    const exact = await exportList({ name: "leads", columns: [{ header: "n", value: (row: { n: number }) => row.n }], readPage: pagesOf(300), maxRows: 300 });
    expect(exact).toMatchObject({ rowCount: 300, truncated: false });
  });
});
