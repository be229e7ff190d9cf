import { describe, expect, it } from "vitest";
import { afterKeyset, afterKeysetSql, decodeKeysetCursor, encodeKeysetCursor, keysetOrderBy, keysetOrderSql, keysetPage, LIST_TOTAL_CAP, listTotal, newestFirst, readKeysetList, readModelList, SEARCH_TOTAL_CAP, totalCap, totalCountArgs } from "./pagination";

describe("keyset cursors over any sort key", () => {
  it("round-trips numbers, decimals, dates, strings and nulls with their id", () => {
    const date = new Date("2025-05-01T10:00:00.123Z");
    expect(decodeKeysetCursor(encodeKeysetCursor(42, "a"), "number")).toEqual({ value: 42, id: "a" });
    expect(decodeKeysetCursor(encodeKeysetCursor({ toString: () => "1234.50" }, "b"), "decimal")).toEqual({ value: "1234.50", id: "b" });
    expect(decodeKeysetCursor(encodeKeysetCursor(date, "c"), "date")).toEqual({ value: date, id: "c" });
    expect(decodeKeysetCursor(encodeKeysetCursor("O'Brien|x", "d"), "string")).toEqual({ value: "O'Brien|x", id: "d" });
    expect(decodeKeysetCursor(encodeKeysetCursor(null, "e"), "date")).toEqual({ value: null, id: "e" });
  });

  it("refuses cursors of the wrong kind or shape as a validation error on cursor", () => {
    for (const [cursor, kind] of [
      ["not-base64-json", "number"],
      [encodeKeysetCursor("abc", "x"), "number"],
      [encodeKeysetCursor("not a date", "x"), "date"],
      [encodeKeysetCursor("1e5", "x"), "decimal"],
      [Buffer.from(JSON.stringify([1])).toString("base64url"), "number"],
    ] as const) {
      expect(() => decodeKeysetCursor(cursor, kind)).toThrow(expect.objectContaining({ code: "VALIDATION_ERROR" }) as Error);
    }
  });

  it("orders nulls last and continues after a position, including into the nulls", () => {
    const sort = { field: "dueAt", direction: "asc", kind: "date", nullable: true } as const;
    expect(keysetOrderBy(sort)).toEqual([{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }]);
    const when = new Date("2025-01-01T00:00:00Z");
    expect(afterKeyset(sort, { value: when, id: "i" })).toEqual({ OR: [{ dueAt: { gt: when } }, { dueAt: when, id: { gt: "i" } }, { dueAt: null }] });
    expect(afterKeyset(sort, { value: null, id: "i" })).toEqual({ dueAt: null, id: { gt: "i" } });
    expect(afterKeyset({ field: "score", direction: "desc", kind: "number" }, { value: 5, id: "i" })).toEqual({
      OR: [{ score: { lt: 5 } }, { score: 5, id: { lt: "i" } }],
    });
  });

  it("renders the same keyset as SQL, and refuses a cursor whose id is not an id", () => {
    const newest = { field: "createdAt", column: "l.created_at", kind: "date", direction: "desc" } as const;
    expect(keysetOrderSql(newest).sql).toBe("l.created_at DESC, l.id DESC");
    expect(keysetOrderSql({ field: "value", column: "l.value", kind: "decimal", direction: "asc", nullable: true }).sql).toBe("l.value ASC NULLS LAST, l.id ASC");
    const id = "6f9619ff-8b86-4d01-b42d-00cf4fc964ff";
    const after = afterKeysetSql({ field: "value", column: "l.value", kind: "decimal", direction: "desc", nullable: true }, { value: "12.50", id });
    expect(after.sql).toBe("((l.value, l.id) < (?::numeric, ?::uuid) OR l.value IS NULL)");
    expect(after.values).toEqual(["12.50", id]);
    expect(afterKeysetSql(newest, { value: null, id }).sql).toBe("(l.created_at IS NULL AND l.id < ?::uuid)");
    expect(() => afterKeysetSql(newest, { value: new Date(), id: "not-an-id" })).toThrow(expect.objectContaining({ code: "VALIDATION_ERROR" }) as Error);
  });

  it("cuts the extra row and points the cursor at the last item kept", () => {
    const rows = [{ id: "a", n: 3 }, { id: "b", n: 2 }, { id: "c", n: 1 }];
    const page = keysetPage(rows, 2, (row) => row.n);
    expect(page.items.map((row) => row.id)).toEqual(["a", "b"]);
    expect(decodeKeysetCursor(page.nextCursor!, "number")).toEqual({ value: 2, id: "b" });
    expect(keysetPage(rows, 3, (row) => row.n).nextCursor).toBeNull();
  });
});

describe("list totals", () => {
  it("reports the first page's count up to the cap, says when it is capped, and null on later pages", () => {
    expect(listTotal(42, LIST_TOTAL_CAP)).toEqual({ total: 42, totalCapped: false });
    expect(listTotal(LIST_TOTAL_CAP + 1, LIST_TOTAL_CAP)).toEqual({ total: LIST_TOTAL_CAP, totalCapped: true });
    expect(listTotal(null, LIST_TOTAL_CAP)).toEqual({ total: null, totalCapped: false });
  });

  it("counts a searched list up to a lower cap", () => {
    expect(totalCap(undefined, 50)).toBe(LIST_TOTAL_CAP);
    expect(totalCap("", 50)).toBe(LIST_TOTAL_CAP);
    expect(totalCap("garcia", 20)).toBe(SEARCH_TOTAL_CAP);
    expect(totalCap("garcia", 100)).toBe(100);
    expect(totalCountArgs({ organizationId: "o" }, [{ createdAt: "desc" }], SEARCH_TOTAL_CAP)).toEqual({
      where: { organizationId: "o" },
      orderBy: [{ createdAt: "desc" }],
      take: SEARCH_TOTAL_CAP + 1,
    });
    expect(listTotal(SEARCH_TOTAL_CAP + 1, SEARCH_TOTAL_CAP)).toEqual({ total: SEARCH_TOTAL_CAP, totalCapped: true });
  });
});

describe("readKeysetList", () => {
  const sort = { field: "name", direction: "asc", kind: "string" } as const;
  const rows = [
    { id: "00000000-0000-4000-8000-000000000001", name: "Ada" },
    { id: "00000000-0000-4000-8000-000000000002", name: "Bea" },
    { id: "00000000-0000-4000-8000-000000000003", name: "Cy" },
  ];

  it("counts the first page only, up to the cap, along the list's own order", async () => {
    const counted: unknown[] = [];
    const first = await readKeysetList({
      where: { organizationId: "org-1" },
      sort,
      limit: 2,
      findMany: async ({ take }) => rows.slice(0, take),
      count: async (args) => {
        counted.push(args);
        return LIST_TOTAL_CAP + 5;
      },
      valueOf: (row) => row.name,
    });
    expect(first.items.map((row) => row.name)).toEqual(["Ada", "Bea"]);
    expect(first).toMatchObject({ total: LIST_TOTAL_CAP, totalCapped: true });
    expect(counted).toEqual([{ where: { organizationId: "org-1" }, orderBy: keysetOrderBy(sort), take: LIST_TOTAL_CAP + 1 }]);

    const second = await readKeysetList({
      where: { organizationId: "org-1" },
      sort,
      cursor: first.nextCursor ?? undefined,
      limit: 2,
      findMany: async ({ where }) => {
        expect(where).toEqual({ AND: [{ organizationId: "org-1" }, afterKeyset(sort, { value: "Bea", id: rows[1]!.id })] });
        return rows.slice(2);
      },
      count: () => Promise.reject(new Error("later pages are not counted")),
      valueOf: (row) => row.name,
    });
    expect(second).toEqual({ items: [rows[2]], nextCursor: null, total: null, totalCapped: false });
  });

  it("finds the page as ids first when asked, then reads just those rows in the same order", async () => {
    const reads: unknown[] = [];
    const page = await readKeysetList({
      where: { organizationId: "org-1" },
      sort,
      limit: 2,
      findIds: async ({ where, take }) => {
        expect(where).toEqual({ organizationId: "org-1" });
        return rows.slice(0, take).map(({ id }) => ({ id }));
      },
      findMany: async (args) => {
        reads.push(args);
        return rows.slice(0, 3);
      },
      count: async () => 3,
      valueOf: (row) => row.name,
    });
    expect(reads).toEqual([{ where: { id: { in: rows.map((row) => row.id) } }, orderBy: keysetOrderBy(sort), take: 3 }]);
    expect(page).toMatchObject({ items: rows.slice(0, 2), total: 3 });
  });
});

describe("readModelList", () => {
  it("reads a model's selected rows newest first and counts without the select", async () => {
    const calls: unknown[] = [];
    const createdAt = new Date("2026-01-02T03:04:05.000Z");
    const rows = [1, 2].map((n) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, createdAt }));
    const model = {
      findMany: async (args: unknown) => {
        calls.push(["findMany", args]);
        return rows;
      },
      count: async (args: unknown) => {
        calls.push(["count", args]);
        return rows.length;
      },
    };
    const page = await readModelList({ model, select: { id: true, createdAt: true }, where: { organizationId: "org-1" }, limit: 1 });
    const orderBy = keysetOrderBy(newestFirst());
    expect(calls).toEqual([
      ["findMany", { where: { organizationId: "org-1" }, orderBy, take: 2, select: { id: true, createdAt: true } }],
      ["count", { where: { organizationId: "org-1" }, orderBy, take: LIST_TOTAL_CAP + 1 }],
    ]);
    expect(page.nextCursor).toBe(encodeKeysetCursor(createdAt, rows[0]!.id));
  });
});
