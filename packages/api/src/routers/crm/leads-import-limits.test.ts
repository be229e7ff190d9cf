import { deflateRawSync } from "node:zlib";
import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { assertArchiveWithinLimit } from "../../services/crm/leads/import/xlsx-archive";
import { callerFor, useTestOrganization } from "../../testing";
import { fieldErrorsOf } from "../../testing/pipeline-fixtures";

// Sign-up is open, so anyone can reach the import: a file past any limit is refused by name with
// VALIDATION_ERROR on `content` — and refused whole, before anything is written.

const org = useTestOrganization("Limits Agency");

const MB = 1024 * 1024;

async function refusal(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => {
      throw new Error("expected the import to be refused");
    },
    (caught: unknown) => caught,
  );
  expect(error).toMatchObject({ code: "BAD_REQUEST" });
  return { message: (error as Error).message, fieldErrors: fieldErrorsOf(error) };
}

/** A little-endian record of `size` bytes with each [offset, width in bytes, value] written in. */
function record(size: number, fields: [offset: number, width: 2 | 4, value: number][]): Buffer {
  const buffer = Buffer.alloc(size);
  for (const [offset, width, value] of fields) {
    if (width === 2) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value, offset);
  }
  return buffer;
}

/** A zip of one worksheet entry whose central directory claims `claimedSize` for `data` as stored. */
function zipOf(name: string, compressed: Buffer, claimedSize: number): Buffer {
  const fileName = Buffer.from(name);
  // Local file header: signature, version, method (deflate), sizes, name length.
  const local = record(30, [[0, 4, 0x04034b50], [4, 2, 20], [8, 2, 8], [18, 4, compressed.length], [22, 4, claimedSize], [26, 2, fileName.length]]);
  // Central directory entry: signature, versions, method, sizes, name length, local header offset.
  const directory = record(46, [
    [0, 4, 0x02014b50],
    [4, 2, 20],
    [6, 2, 20],
    [10, 2, 8],
    [20, 4, compressed.length],
    [24, 4, claimedSize],
    [28, 2, fileName.length],
    [42, 4, 0],
  ]);
  const directoryOffset = local.length + fileName.length + compressed.length;
  // End of central directory: signature, entry counts, directory size and offset.
  const end = record(22, [[0, 4, 0x06054b50], [8, 2, 1], [10, 2, 1], [12, 4, directory.length + fileName.length], [16, 4, directoryOffset]]);
  return Buffer.concat([local, fileName, compressed, directory, fileName, end]);
}

describe("lead import limits", () => {
  it("refuses a 300,000-row CSV by naming the row limit, and writes nothing", async () => {
    const content = "Name,Email\n" + Array.from({ length: 300_000 }, (_, index) => `P${index},p${index}@example.com`).join("\n");
    const agent = callerFor(org.users.agent);
    for (const attempt of [
      agent.crm.leads.import.preview({ filename: "huge.csv", content, kind: "client" }),
      agent.crm.leads.import.commit({ filename: "huge.csv", content, kind: "client" }),
    ]) {
      const { message, fieldErrors } = await refusal(attempt);
      expect(message).toBe("The file has more than 100,000 rows (the limit); split it into smaller files");
      expect(fieldErrors).toEqual({ content: [message] });
    }
    expect(await db.lead.count({ where: { organizationId: org.organizationId } })).toBe(0);
  }, 60_000);

  it("refuses a zip bomb .xlsx from its central directory, before inflating anything", async () => {
    // 60 MB of zeros deflate to ~60 KB; the directory says so honestly.
    const bomb = zipOf("xl/worksheets/sheet1.xml", deflateRawSync(Buffer.alloc(60 * MB)), 60 * MB);
    const { message } = await refusal(callerFor(org.users.agent).crm.leads.import.preview({ filename: "bomb.xlsx", content: bomb.toString("base64"), kind: "client" }));
    expect(message).toBe("The .xlsx file unzips to more than 50 MB (the limit); save fewer rows or columns per file");
    // Compressed data that is not even valid deflate: refused by the claim alone, so nothing was inflated.
    expect(() => assertArchiveWithinLimit(zipOf("sheet.xml", Buffer.from("not deflate at all"), 60 * MB), 50 * MB)).toThrow(/unzips to more than 50 MB/);
  });

  it("refuses an .xlsx whose directory understates an entry, inflating no further than the claim", async () => {
    const liar = zipOf("xl/worksheets/sheet1.xml", deflateRawSync(Buffer.alloc(60 * MB)), 1_024);
    const { message } = await refusal(callerFor(org.users.agent).crm.leads.import.preview({ filename: "liar.xlsx", content: liar.toString("base64"), kind: "client" }));
    expect(message).toMatch(/unzips to more than 50 MB/);
  });

  it("refuses a row with too many columns or too long a cell, naming the row", async () => {
    const agent = callerFor(org.users.agent);
    const wide = `Name,Email\nAda,ada@example.com\n${Array.from({ length: 201 }, (_, index) => `c${index}`).join(",")}\n`;
    expect((await refusal(agent.crm.leads.import.preview({ filename: "wide.csv", content: wide, kind: "client" }))).message).toBe("Row 3 has more than 200 columns (the limit)");
    const long = `Name,Notes\nAda,${"x".repeat(10_001)}\n`;
    expect((await refusal(agent.crm.leads.import.preview({ filename: "long.csv", content: long, kind: "client" }))).message).toBe(
      "Row 2 has a cell longer than 10,000 characters (the limit)",
    );
  });

  it("lists the first 1,000 rejected rows and counts every one by reason", async () => {
    const content = "Name,Email\n" + Array.from({ length: 1_500 }, (_, index) => `Bad ${index},not-an-email-${index}`).join("\n");
    const result = await callerFor(org.users.agent).crm.leads.import.commit({ filename: "bad.csv", content, kind: "client" });
    expect(result).toMatchObject({ status: "completed", created: 0, errorCount: 1_500, errorsByReason: { email: 1_500 } });
    if (result.status !== "completed") throw new Error("a 1,500-row file is imported in the request");
    expect(result.errors).toHaveLength(1_000);
    expect(result.errors[0]).toEqual({ row: 2, message: expect.stringContaining("email") as unknown });
    expect(result.errors.at(-1)!.row).toBe(1_001);
  });
});
