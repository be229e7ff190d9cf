import { describe, expect, it } from "vitest";
import { bytesToBase64, importFormatOf } from "./read-import-file";

describe("importFormatOf", () => {
  it("reads csv and xlsx by extension, whatever the case, and refuses other files", () => {
    expect(importFormatOf("Leads Export.CSV")).toBe("csv");
    expect(importFormatOf("book.xlsx")).toBe("xlsx");
    expect(importFormatOf("notes.pdf")).toBeNull();
    expect(importFormatOf("no-extension")).toBeNull();
  });
});

describe("bytesToBase64", () => {
  it("matches Node's base64 for files larger than one chunk", () => {
    const bytes = new Uint8Array(100_000).map((_, index) => (index * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
