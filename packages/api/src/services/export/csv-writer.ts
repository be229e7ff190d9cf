import { stringify } from "csv-stringify/sync";

// The one CSV writer of list exports. A spreadsheet opening the file runs a cell that starts with
// = + - @, a tab or a carriage return as a formula (CSV injection: `=HYPERLINK(...)` in a contact's
// name), so every such text cell is written with a leading apostrophe, which spreadsheets show as
// text. Numbers are written as numbers (a negative premium stays -120), dates as ISO 8601.

const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | Date | null | undefined;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

/** A text cell as it is safe to write: prefixed with ' when a spreadsheet would read it as a formula. */
export function neutralizeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellOf(value: CsvValue): string | number {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  return neutralizeCell(value);
}

/** The rows as CSV text: a header line, then one line per row, quoted where needed (RFC 4180). */
export function writeCsv<Row>(columns: CsvColumn<Row>[], rows: Row[]): string {
  const headers = columns.map((column) => neutralizeCell(column.header));
  return stringify([headers, ...rows.map((row) => columns.map((column) => cellOf(column.value(row))))], { record_delimiter: "\r\n" });
}

/** A date-only column (policy dates, close dates) as its day, "2026-03-01". */
export function csvDay(date: Date | null | undefined): string | undefined {
  return date?.toISOString().slice(0, 10);
}

/** A stored value as a CSV cell: money (Prisma's Decimal) as a number, lists and JSON as JSON text. */
function recordCell(value: unknown): CsvValue {
  if (value === null || value === undefined || value instanceof Date) return value;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "object" && "toNumber" in value && typeof value.toNumber === "function") return (value as { toNumber(): number }).toNumber();
  return JSON.stringify(value);
}

/**
 * Records as CSV with one column per field, in the order of the first record (the stored rows of
 * one table all have the same fields): for a download of what is stored, not of a screen's list.
 */
export function writeRecordsCsv(rows: readonly object[]): string {
  const fields = Object.keys(rows[0] ?? {});
  return writeCsv(
    fields.map((field) => ({ header: field, value: (row: object) => recordCell((row as Record<string, unknown>)[field]) })),
    [...rows],
  );
}
