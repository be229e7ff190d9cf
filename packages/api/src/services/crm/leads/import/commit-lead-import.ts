import { auditedTransaction } from "../../../audit";
import type { LeadKind } from "@harbor/db";
import type { Actor } from "../../../../access/actor";
import { AppError } from "../../../../errors";
import { publish } from "../../../../realtime";
import { assertAssignableUser } from "../../../../access/assignable-user";
import { importBatch, type BatchRow, type ImportTally } from "./import-batch";
import { mappedValues, validateLeadRow } from "./lead-import-row";
import { mappingProblems, suggestLeadMapping, type LeadImportMapping } from "./map-lead-headers";
import { importLimits } from "./import-limits";
import { openLeadFile } from "./read-lead-file";

/** "email: must be a valid…" → "email": the field a row failed on (values stay out of the counts). */
function reasonOf(message: string): string {
  const colon = message.indexOf(":");
  return colon > 0 && colon <= 60 ? message.slice(0, colon) : "row";
}

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
 * Imports a lead file in batches, each in its own transaction, streaming the file so memory
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
  for await (const row of (await openLeadFile({ filename, content, limits })).rows) void row;
  const file = await openLeadFile({ filename, content, limits });
  const mapping = requested ?? suggestLeadMapping(file.headers);
  const problems = mappingProblems(file.headers, mapping);
  if (problems.length > 0) throw new AppError("VALIDATION_ERROR", `mapping: ${problems.join("; ")}`, { fieldErrors: { mapping: problems } });

  const tally: ImportTally = { created: 0, updated: 0, skipped: 0, errors: [], errorCount: 0, errorsByReason: {}, flaggedDnc: [] };
  // A file of 100,000 bad rows must not answer with 100,000 messages: the first ones, then counts.
  const reject = (row: number, message: string) => {
    const reason = reasonOf(message);
    tally.errorCount += 1;
    tally.errorsByReason[reason] = (tally.errorsByReason[reason] ?? 0) + 1;
    if (tally.errors.length < limits.maxErrors) tally.errors.push({ row, message });
  };
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
  return tally;
}
