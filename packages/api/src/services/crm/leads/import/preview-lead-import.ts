import type { LeadKind } from "@harbor/db";
import type { Actor } from "../../../../access/actor";
import { mappedValues, validateLeadRow } from "./lead-import-row";
import { mappingProblems, suggestLeadMapping, type LeadImportField, type LeadImportMapping } from "./map-lead-headers";
import { openLeadFile } from "./read-lead-file";

const SAMPLE_ROWS = 10;
/** Enough of a cell to tell what a column holds (what copilot.mapHeaders takes). */
const MAX_SAMPLE_CELL = 200;
/** Enough to show what is wrong with a file; the commit still reports every rejected row. */
export const MAX_PREVIEW_PROBLEMS = 100;

export interface PreviewLeadImportInput {
  actor: Actor;
  filename: string;
  content: string;
  kind: LeadKind;
  /** The user's corrected mapping; without one, the mapping is suggested from the headers. */
  mapping?: LeadImportMapping;
}

/**
 * Reads the whole file once (row by row, nothing kept but the sample): its headers, a suggested
 * mapping, the first rows as read (`cells`, what the wizard sends copilot.mapHeaders) and as they
 * would be imported, the row count, and the rows that would be
 * rejected, by their spreadsheet row number. Writes nothing.
 */
export async function previewLeadImport({ filename, content, mapping: requested }: PreviewLeadImportInput) {
  const file = await openLeadFile({ filename, content });
  const mapping = requested ? { ...Object.fromEntries(file.headers.map((header) => [header, null])), ...requested } : suggestLeadMapping(file.headers);
  const problems: { row: number; message: string }[] = mappingProblems(file.headers, mapping).map((message) => ({ row: 1, message }));
  const sampleRows: { row: number; cells: string[]; values: Partial<Record<LeadImportField, string>> }[] = [];
  let totalRows = 0;
  let problemCount = problems.length;

  for await (const { row, cells } of file.rows) {
    totalRows += 1;
    const values = mappedValues(file.headers, mapping, cells);
    if (sampleRows.length < SAMPLE_ROWS) sampleRows.push({ row, cells: cells.map((cell) => cell.slice(0, MAX_SAMPLE_CELL)), values });
    const result = validateLeadRow(values);
    if (!result.ok) {
      problemCount += 1;
      if (problems.length < MAX_PREVIEW_PROBLEMS) problems.push({ row, message: result.message });
    }
  }

  return { format: file.format, headers: file.headers, mapping, sampleRows, totalRows, problems, problemCount };
}
