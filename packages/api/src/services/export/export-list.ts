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

/**
 * Walks a list page after page (the list service with the caller's actor and filters) and keeps
 * the rows `keep` accepts, until the list ends or more than `maxRows` are kept; the answer holds
 * at most maxRows rows and says whether more were left.
 */
export async function walkList<Row>({
  readPage,
  maxRows,
  pageSize = EXPORT_PAGE,
  keep,
}: {
  readPage: (page: { cursor?: string; limit: number }) => Promise<ListPage<Row>>;
  maxRows: number;
  pageSize?: number;
  keep?: (row: Row) => boolean;
}): Promise<{ rows: Row[]; truncated: boolean }> {
  const rows: Row[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await readPage({ cursor, limit: keep ? pageSize : Math.min(pageSize, maxRows - rows.length + 1) });
    rows.push(...(keep ? page.items.filter(keep) : page.items));
    if (rows.length > maxRows) {
      rows.length = maxRows;
      return { rows, truncated: true };
    }
    if (page.nextCursor === null) return { rows, truncated: false };
    cursor = page.nextCursor;
  }
}

export async function exportList<Row>({
  name,
  columns,
  readPage,
  now = new Date(),
  maxRows = EXPORT_MAX_ROWS,
  keep,
}: {
  /** The file's name before its date: "contacts" → contacts-2026-12-05.csv. */
  name: string;
  columns: CsvColumn<Row>[];
  readPage: (page: { cursor?: string; limit: number }) => Promise<ListPage<Row>>;
  now?: Date;
  maxRows?: number;
  /** Only these rows of the list (a selection); every row when absent. */
  keep?: (row: Row) => boolean;
}): Promise<CsvExport> {
  const { rows, truncated } = await walkList({ readPage, maxRows, keep });
  return { filename: `${name}-${now.toISOString().slice(0, 10)}.csv`, csv: writeCsv(columns, rows), rowCount: rows.length, truncated };
}

/** Columns several lists export alike: the owner's name, the tags, when the record was created. */
export const ownerColumn: CsvColumn<{ owner: { name: string } | null }> = { header: "Owner", value: (row) => row.owner?.name };
export const tagsColumn: CsvColumn<{ tags: string[] }> = { header: "Tags", value: (row) => row.tags.join(", ") };
export const createdColumn: CsvColumn<{ createdAt: Date }> = { header: "Created", value: (row) => row.createdAt };

/**
 * A list's export service: the list service's own input without its page, walked by exportList.
 * `crm.<list>.export` serves it, so an export takes exactly the filters and sort of its list; a
 * bulk export (`crm.bulk.export`) passes the selected ids, and gets those rows of the list only.
 */
export function listExporter<Input extends { cursor?: string; limit: number }, Row extends { id: string }>(name: string, list: (input: Input) => Promise<ListPage<Row>>, columns: CsvColumn<NoInfer<Row>>[]) {
  return (input: Omit<Input, "cursor" | "limit">, selection?: { ids?: ReadonlySet<string> }): Promise<CsvExport> => {
    const ids = selection?.ids;
    return exportList({ name, columns, readPage: (page) => list({ ...input, ...page } as Input), ...(ids ? { keep: (row: Row) => ids.has(row.id) } : {}) });
  };
}
