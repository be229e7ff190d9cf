import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { Prisma } from "@harbor/db";
import { neutralizeCell, writeCsv, writeRecordsCsv } from "./csv-writer";

describe("neutralizeCell", () => {
  it("prefixes a text that a spreadsheet would run as a formula with an apostrophe", () => {
    for (const text of ["=HYPERLINK(\"http://x\")", "+1 555", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]) expect(neutralizeCell(text)).toBe(`'${text}`);
  });

  it("leaves ordinary text alone", () => {
    for (const text of ["Marisol Quintero", "a=b", "HO-2026-1", "", "'quoted"]) expect(neutralizeCell(text)).toBe(text);
  });
});

describe("writeCsv", () => {
  it("quotes commas, quotes and line breaks, neutralizes formulas, and writes numbers, dates and empty cells", () => {
    const csv = writeCsv(
      [
        { header: "Name", value: (row: { name: string; premium: number; at: Date | null }) => row.name },
        { header: "Premium", value: (row) => row.premium },
        { header: "Renews", value: (row) => row.at },
      ],
      [
        { name: 'Quintero, "Mari"\nBakery', premium: -120.5, at: new Date("2026-03-01T00:00:00Z") },
        { name: "=cmd|' /C calc'!A0", premium: 0, at: null },
      ],
    );
    expect(csv.split("\r\n")[0]).toBe("Name,Premium,Renews");
    expect(parse(csv)).toEqual([
      ["Name", "Premium", "Renews"],
      ['Quintero, "Mari"\nBakery', "-120.5", "2026-03-01T00:00:00.000Z"],
      ["'=cmd|' /C calc'!A0", "0", ""],
    ]);
  });
});

describe("writeRecordsCsv", () => {
  it("writes one column per field: money as numbers, lists and JSON as JSON text, formulas neutralized", () => {
    const csv = writeRecordsCsv([
      { id: "p1", premium: new Prisma.Decimal("1450.50"), tags: ["vip"], address: { city: "Portland" }, note: "=1+1", at: new Date("2026-03-01T00:00:00Z"), gone: null },
    ]);
    expect(parse(csv)).toEqual([
      ["id", "premium", "tags", "address", "note", "at", "gone"],
      ["p1", "1450.5", '["vip"]', '{"city":"Portland"}', "'=1+1", "2026-03-01T00:00:00.000Z", ""],
    ]);
  });
});
