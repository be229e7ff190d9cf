import { Readable } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import { AppError } from "../../../../errors";

// Reads an uploaded lead file one row at a time, so memory stays flat whatever the file's size:
// CSV (UTF-8 with or without BOM, quoted fields, "," or ";" or tab, detected from the header
// line) as text, XLSX (first worksheet) as base64. Row numbers are the spreadsheet's: the header
// is the first non-blank row (row 1 in a normal file), blank rows keep their number and are
// skipped.

export type LeadFileFormat = "csv" | "xlsx";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface FileRow {
  row: number;
  cells: string[];
}

export interface LeadFile {
  format: LeadFileFormat;
  headers: string[];
  rows: AsyncGenerator<FileRow>;
}

const contentError = (message: string) => new AppError("VALIDATION_ERROR", `content ${message}`, { fieldErrors: { content: [message] } });

export function leadFileFormatOf(filename: string): LeadFileFormat | null {
  const extension = filename.toLowerCase().split(".").pop();
  if (extension === "csv" || extension === "txt") return "csv";
  if (extension === "xlsx") return "xlsx";
  return null;
}

/** The delimiter that splits the header line into the most columns (outside quotes). */
export function detectDelimiter(content: string): string {
  const counts = new Map<string, number>([[",", 0], [";", 0], ["\t", 0]]);
  let quoted = false;
  for (let index = 0; index < content.length && index < 65_536; index++) {
    const char = content[index]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

function* slices(content: string, size = 64 * 1024) {
  for (let start = 0; start < content.length; start += size) yield content.slice(start, start + size);
}

async function* csvRows(content: string): AsyncGenerator<FileRow> {
  if (Buffer.byteLength(content, "utf8") > MAX_IMPORT_BYTES) throw contentError("must be at most 10 MB");
  const parser = Readable.from(slices(content)).pipe(
    parse({ bom: true, delimiter: detectDelimiter(content.slice(0, 65_536).replace(/^\uFEFF/, "")), relax_column_count: true, relax_quotes: true, trim: true }),
  );
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells: record };
    }
  } catch (error) {
    throw contentError(`could not be read as CSV near row ${row + 1}: ${(error as Error).message}`);
  }
}

function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value).trim();
  if ("richText" in value) return value.richText.map((part) => part.text).join("").trim();
  if ("text" in value) return cellText(value.text);
  if ("result" in value) return cellText(value.result);
  return "";
}

async function* xlsxRows(content: string): AsyncGenerator<FileRow> {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(content)) throw contentError("must be the .xlsx file encoded as base64");
  const bytes = Buffer.from(content, "base64");
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw contentError("must be at most 10 MB");
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: "cache",
    hyperlinks: "cache",
    styles: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  let row = 0;
  try {
    for await (const worksheet of workbook) {
      for await (const sheetRow of worksheet) {
        row = sheetRow.number;
        const values = sheetRow.values as ExcelJS.CellValue[];
        yield { row, cells: Array.from({ length: Math.max(0, values.length - 1) }, (_, index) => cellText(values[index + 1])) };
      }
      return;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw contentError(`could not be read as an .xlsx workbook${row ? ` after row ${row}` : ""}: ${(error as Error).message}`);
  }
}

/** Header cells made usable as mapping keys: blanks named by position, repeats numbered. */
export function uniqueHeaders(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const base = cell.trim() || `Column ${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === "");

export async function openLeadFile({ filename, content }: { filename: string; content: string }): Promise<LeadFile> {
  const format = leadFileFormatOf(filename);
  if (!format) throw new AppError("VALIDATION_ERROR", "filename must end in .csv or .xlsx", { fieldErrors: { filename: ["must end in .csv or .xlsx"] } });
  const all = format === "csv" ? csvRows(content) : xlsxRows(content);
  let header: FileRow | undefined;
  for (;;) {
    const next = await all.next();
    if (next.done) break;
    if (!isBlank(next.value.cells)) {
      header = next.value;
      break;
    }
  }
  if (!header) throw contentError("has no header row");
  const headers = uniqueHeaders(header.cells);
  async function* dataRows(): AsyncGenerator<FileRow> {
    for await (const row of all) {
      if (!isBlank(row.cells)) yield row;
    }
  }
  return { format, headers, rows: dataRows() };
}
