// The rejected rows of a renewal file as CSV, for the agent to fix and upload again.

export interface RejectedRow {
  row: number;
  field: string | null;
  error: string;
}

const cell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export function rejectedRowsCsv(rows: readonly RejectedRow[]): string {
  return ["row,column,error", ...rows.map((row) => [String(row.row), row.field ?? "", row.error].map(cell).join(","))].join("\n");
}
