import { db, type Prisma } from "@harbor/db";
import { importLimits } from "../../crm/leads/import";
import type { RowProblem } from "./renewal-file-row";
import { summarySelect } from "../../summary-select";

// What upload, status and list answer about a batch: its counts and its rejected rows (by
// spreadsheet row number, one entry per failing cell; the first IMPORT_MAX_ERRORS rows of them,
// `rowsWithErrors` counts all).

export const batchSelect = {
  id: true,
  filename: true,
  status: true,
  policyType: true,
  totalRecords: true,
  validRecords: true,
  processed: true,
  successful: true,
  failed: true,
  message: true,
  startedAt: true,
  finishedAt: true,
  createdAt: true,
  uploadedBy: summarySelect,
} as const satisfies Prisma.RenewalBatchSelect;

export type BatchRecord = Prisma.RenewalBatchGetPayload<{ select: typeof batchSelect }>;

export async function batchErrors(batchId: string) {
  const { maxErrors } = importLimits();
  const where = { batchId, status: { in: ["invalid", "failed"] } } satisfies Prisma.RenewalBatchRowWhereInput;
  const [rows, errorCount] = await Promise.all([
    db.renewalBatchRow.findMany({ where, select: { row: true, status: true, field: true, error: true, data: true }, orderBy: { row: "asc" }, take: maxErrors }),
    db.renewalBatchRow.count({ where }),
  ]);
  // An invalid row keeps each failing cell in data; a row the worker could not apply has one error.
  const errors = rows.flatMap((row) =>
    row.status === "invalid" && Array.isArray(row.data)
      ? (row.data as unknown as RowProblem[]).map((problem) => ({ row: row.row, field: problem.field, error: problem.error }))
      : [{ row: row.row, field: row.field, error: row.error ?? "not applied" }],
  );
  return { errors, rowsWithErrors: errorCount };
}

export async function summarizeBatch(batch: BatchRecord, duplicate = false) {
  return { batchId: batch.id, ...batch, duplicate, ...(await batchErrors(batch.id)) };
}
