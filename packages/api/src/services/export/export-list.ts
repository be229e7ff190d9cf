import { writeCsv, type CsvColumn } from "./csv-writer";

// One export mechanism for every list: the list's own service, called page after page with the
// caller's actor and filters, so an export holds exactly what the caller could scroll to — the
// record scope is the list's — up to EXPORT_MAX_ROWS rows.

export const EXPORT_MAX_ROWS = 10_000;
const EXPORT_PAGE = 200;

export interface ListPage<Row> {
  items: Row[];
  nextCursor: string | null;
}

export interface CsvExport {
  filename: string;
  csv: string;
  rowCount: number;
  /** More rows matched than an export holds (EXPORT_MAX_ROWS). */
  truncated: boolean;
}

export async function exportList<Row>({
  name,
  columns,
  readPage,
  now = new Date(),
  maxRows = EXPORT_MAX_ROWS,
}: {
  /** The file's name before its date: "contacts" → contacts-2026-12-05.csv. */
  name: string;
  columns: CsvColumn<Row>[];
  readPage: (page: { cursor?: string; limit: number }) => Promise<ListPage<Row>>;
  now?: Date;
  maxRows?: number;
}): Promise<CsvExport> {
  const rows: Row[] = [];
  let cursor: string | undefined;
  let truncated = false;
  for (;;) {
    const page = await readPage({ cursor, limit: Math.min(EXPORT_PAGE, maxRows - rows.length + 1) });
    rows.push(...page.items);
    if (rows.length > maxRows) {
      rows.length = maxRows;
      truncated = true;
      break;
    }
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  return { filename: `${name}-${now.toISOString().slice(0, 10)}.csv`, csv: writeCsv(columns, rows), rowCount: rows.length, truncated };
}

/**
 * A list's export service: the list service's own input without its page, walked by exportList.
 * `crm.<list>.export` serves it, so an export takes exactly the filters and sort of its list.
 */
export function listExporter<Input extends { cursor?: string; limit: number }, Row>(name: string, columns: CsvColumn<Row>[], list: (input: Input) => Promise<ListPage<Row>>) {
  return (input: Omit<Input, "cursor" | "limit">): Promise<CsvExport> => exportList({ name, columns, readPage: (page) => list({ ...input, ...page } as Input) });
}
