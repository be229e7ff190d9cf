import { Readable } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import { AppError } from "../../../../errors";
import { formatBytes, importLimits, limitExceeded, type ImportLimits } from "./import-limits";
import { assertArchiveWithinLimit } from "./xlsx-archive";

// Reads an uploaded lead file one row at a time, so memory stays flat whatever the file's size:
// CSV (UTF-8 with or without BOM, quoted fields, "," or ";" or tab, detected from the header
// line) as text, XLSX (first worksheet) as base64. Row numbers are the spreadsheet's: the header
// is the first non-blank row (row 1 in a normal file), blank rows keep their number and are
// skipped. Every dimension is bounded (import-limits.ts): the file, an XLSX unzipped, rows,
// columns and cells; reading stops at the first bound crossed.

export type LeadFileFormat = "csv" | "xlsx";

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

const fileTooLarge = (limits: ImportLimits) => limitExceeded(`The file is larger than ${formatBytes(limits.maxFileBytes)} (the limit); split it into smaller files`);

async function* csvRows(content: string, limits: ImportLimits): AsyncGenerator<FileRow> {
  if (Buffer.byteLength(content, "utf8") > limits.maxFileBytes) throw fileTooLarge(limits);
  const parser = Readable.from(slices(content)).pipe(
    parse({
      bom: true,
      delimiter: detectDelimiter(content.slice(0, 65_536).replace(/^\uFEFF/, "")),
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      // A runaway quoted field stops here instead of growing to the whole file.
      max_record_size: limits.maxCellChars * limits.maxColumns,
    }),
  );
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells: record };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw contentError(`could not be read as CSV near row ${row + 1}: ${(error as Error).message}`);
  } finally {
    parser.destroy();
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

async function* xlsxRows(content: string, limits: ImportLimits): AsyncGenerator<FileRow> {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(content)) throw contentError("must be the .xlsx file encoded as base64");
  const bytes = Buffer.from(content, "base64");
  if (bytes.byteLength > limits.maxFileBytes) throw fileTooLarge(limits);
  assertArchiveWithinLimit(bytes, limits.maxUncompressedBytes);
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

/** Refuses a row past the column or cell-length limit, naming the row. */
function assertRowWithinLimits({ row, cells }: FileRow, limits: ImportLimits): void {
  if (cells.length > limits.maxColumns && cells.slice(limits.maxColumns).some((cell) => cell.trim() !== "")) {
    throw limitExceeded(`Row ${row} has more than ${limits.maxColumns.toLocaleString("en-US")} columns (the limit)`);
  }
  if (cells.some((cell) => cell.length > limits.maxCellChars)) {
    throw limitExceeded(`Row ${row} has a cell longer than ${limits.maxCellChars.toLocaleString("en-US")} characters (the limit)`);
  }
}

export async function openLeadFile({ filename, content, limits = importLimits() }: { filename: string; content: string; limits?: ImportLimits }): Promise<LeadFile> {
  const format = leadFileFormatOf(filename);
  if (!format) throw new AppError("VALIDATION_ERROR", "filename must end in .csv or .xlsx", { fieldErrors: { filename: ["must end in .csv or .xlsx"] } });
  const all = format === "csv" ? csvRows(content, limits) : xlsxRows(content, limits);
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
  assertRowWithinLimits(header, limits);
  const headers = uniqueHeaders(header.cells.slice(0, limits.maxColumns));
  async function* dataRows(): AsyncGenerator<FileRow> {
    let count = 0;
    for await (const row of all) {
      if (isBlank(row.cells)) continue;
      count += 1;
      if (count > limits.maxRows) {
        throw limitExceeded(`The file has more than ${limits.maxRows.toLocaleString("en-US")} rows (the limit); split it into smaller files`);
      }
      assertRowWithinLimits(row, limits);
      yield row;
    }
  }
  return { format, headers, rows: dataRows() };
}
