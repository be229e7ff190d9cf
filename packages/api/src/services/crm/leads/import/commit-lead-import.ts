import { auditedTransaction } from "../../../audit";
import type { LeadKind } from "@harbor/db";
import type { Actor } from "../../../../access/actor";
import { AppError } from "../../../../errors";
import { publish } from "../../../../realtime";
import { assertAssignableUser } from "../../../../access/assignable-user";
import { importBatch, rejectInto, type BatchRow, type ImportTally } from "./import-batch";
import { queueLeadImport } from "./queued-import";
import { mappedValues, validateLeadRow } from "./lead-import-row";
import { mappingProblems, suggestLeadMapping, type LeadImportMapping } from "./map-lead-headers";
import { importLimits } from "./import-limits";
import { openLeadFile } from "./read-lead-file";


/** Rows per transaction: one lookup of existing leads, one of the DNC list and one insert each. */
export const IMPORT_BATCH_SIZE = 500;

export type OnDuplicate = "update" | "skip";

export interface CommitLeadImportInput {
  actor: Actor;
  filename: string;
  content: string;
  kind: LeadKind;
  /** Column → field; without one, the mapping the preview suggests. */
  mapping?: LeadImportMapping | null;
  onDuplicate?: OnDuplicate;
  /** Who owns the new leads: the importer unless a manager or admin names someone they may assign to. */
  ownerId?: string | null;
}

/**
 * Imports a lead file in batches; a file of more than IMPORT_QUEUE_ABOVE_ROWS data rows is staged
 * and applied by the worker instead (queued-import.ts), answering { importId, status: "queued" }.
 * Imports a small file in batches, each in its own transaction, streaming the file so memory
 * stays flat. Invalid rows are reported by spreadsheet row number and skipped; a row matching a
 * lead of the organization (or an earlier row) by email or phone fills that lead's empty fields
 * ("update") or is skipped ("skip") — never a second lead; rows on the do-not-contact list are
 * imported, tagged "dnc" and listed in flaggedDnc. A batch the database refuses is reported row
 * by row and the import goes on with the next one.
 */
export async function commitLeadImport({ actor, filename, content, kind, mapping: requested, onDuplicate = "update", ownerId: requestedOwnerId }: CommitLeadImportInput) {
  const ownerId = requestedOwnerId ?? (actor.kind === "user" ? actor.userId : null);
  if (ownerId) await assertAssignableUser(actor, ownerId, "ownerId");
  const limits = importLimits();
  // Every limit is checked over the whole file before the first row is written: a file past one
  // is refused whole rather than imported in part.
  let dataRows = 0;
  for await (const row of (await openLeadFile({ filename, content, limits })).rows) {
    void row;
    dataRows += 1;
  }
  const file = await openLeadFile({ filename, content, limits });
  const mapping = requested ?? suggestLeadMapping(file.headers);
  const problems = mappingProblems(file.headers, mapping);
  if (problems.length > 0) throw new AppError("VALIDATION_ERROR", `mapping: ${problems.join("; ")}`, { fieldErrors: { mapping: problems } });
  if (dataRows > limits.queueAboveRows) {
    return queueLeadImport({ actor, filename, kind, ownerId, onDuplicate, file, mapping, totalRows: dataRows, limits });
  }

  const tally: ImportTally = { created: 0, updated: 0, skipped: 0, errors: [], errorCount: 0, errorsByReason: {}, flaggedDnc: [] };
  const reject = rejectInto(tally, limits.maxErrors);
  const context = { actor, kind, ownerId, onDuplicate };
  let batch: BatchRow[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    try {
      const done = await auditedTransaction((tx) => importBatch(tx, context, rows), { timeout: 60_000 });
      tally.created += done.created;
      tally.updated += done.updated;
      tally.skipped += done.skipped;
      tally.flaggedDnc.push(...done.flaggedDnc);
    } catch (error) {
      const reason = error instanceof AppError ? error.message : "the database refused this batch";
      if (!(error instanceof AppError)) console.error(`lead import: batch starting at row ${rows[0]!.row} failed:`, error);
      for (const { row } of rows) reject(row, `not imported: ${reason}`);
    }
  };

  for await (const { row, cells } of file.rows) {
    const result = validateLeadRow(mappedValues(file.headers, mapping, cells));
    if (!result.ok) reject(row, result.message);
    else batch.push({ row, lead: result.lead });
    if (batch.length >= IMPORT_BATCH_SIZE) await flush();
  }
  await flush();

  tally.errors.sort((a, b) => a.row - b.row);
  if (tally.created + tally.updated > 0) {
    await publish({
      name: "lead:updated",
      userIds: ownerId ? [ownerId] : [],
      organizationId: actor.organizationId,
      data: { change: "imported", kind, created: tally.created, updated: tally.updated, filename },
    });
  }
  return { status: "completed" as const, ...tally };
}
