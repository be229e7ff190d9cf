import { auditedTransaction } from "../../../audit";
import type { LeadKind, Prisma } from "@harbor/db";
import type { Actor } from "../../../../access/actor";
import { AppError } from "../../../../errors";
import { publish } from "../../../../realtime";
import { assertAssignableUser } from "../../../../access/assignable-user";
import { importBatch, rejectInto, type BatchRow, type ImportTally } from "./import-batch";
import { queueLeadImport } from "./queued-import";
import { acceptedLeadRows } from "./accepted-lead-rows";
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
 * stays flat; the import's lead_imports row (history, undo) is written with the first batch and
 * finished with the last, and every lead it creates or fills is recorded in lead_import_changes.
 * An "owner" column names each new lead's owner by email (importOwnerResolver). Invalid rows are reported by spreadsheet row number and skipped; a row matching a
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
  const { organizationId } = actor;
  // The import's history row is written by its first batch's transaction, counted by each and
  // finished by the last, so the leads and the record of them commit together.
  let importId: string | null = null;
  const record = async (tx: Prisma.TransactionClient) => {
    if (importId) return importId;
    const created = await tx.leadImport.create({
      data: { organizationId, uploadedById: actor.kind === "user" ? actor.userId : null, filename, kind, ownerId, onDuplicate, totalRows: dataRows, stagedRows: 0, status: "processing", startedAt: new Date() },
      select: { id: true },
    });
    importId = created.id;
    return importId;
  };
  type Counts = Pick<ImportTally, "created" | "updated" | "skipped" | "flaggedDnc">;
  const finish = (tx: Prisma.TransactionClient, id: string, counts: Counts) => {
    tally.errors.sort((a, b) => a.row - b.row);
    const { errorCount, errors, errorsByReason } = tally;
    return tx.leadImport.update({
      where: { id },
      data: { ...counts, status: "completed", finishedAt: new Date(), processed: dataRows, errorCount, errors, errorsByReason },
    });
  };
  let batch: BatchRow[] = [];
  const flush = async (last: boolean) => {
    const rows = batch;
    batch = [];
    const startedWith = importId;
    try {
      // The tally takes the batch's counts once its transaction has committed.
      const counts = await auditedTransaction(
        async (tx) => {
          const id = await record(tx);
          const done = rows.length > 0 ? await importBatch(tx, { actor, importId: id, kind, ownerId, onDuplicate }, rows) : { created: 0, updated: 0, skipped: 0, flaggedDnc: [] };
          const next: Counts = {
            created: tally.created + done.created,
            updated: tally.updated + done.updated,
            skipped: tally.skipped + done.skipped,
            flaggedDnc: [...tally.flaggedDnc, ...done.flaggedDnc],
          };
          if (last) await finish(tx, id, next);
          else await tx.leadImport.update({ where: { id }, data: { created: next.created, updated: next.updated, skipped: next.skipped, processed: { increment: rows.length } } });
          // The id makes the commit's audit row name the import.
          return { id, ...next };
        },
        { timeout: 60_000 },
      );
      const { id: _recorded, ...committed } = counts;
      Object.assign(tally, committed);
    } catch (error) {
      importId = startedWith;
      const reason = error instanceof AppError ? error.message : "the database refused this batch";
      if (!(error instanceof AppError)) console.error(`lead import: batch starting at row ${rows[0]?.row} failed:`, error);
      for (const { row } of rows) reject(row, `not imported: ${reason}`);
      // The rows are rejected; the import's record is still written, counting them.
      if (last) await auditedTransaction(async (tx) => finish(tx, await record(tx), tally));
    }
  };

  for await (const accepted of acceptedLeadRows(actor, file, mapping, reject)) {
    batch.push(accepted);
    if (batch.length >= IMPORT_BATCH_SIZE) await flush(false);
  }
  await flush(true);

  if (tally.created + tally.updated > 0) {
    await publish({
      name: "lead:updated",
      userIds: ownerId ? [ownerId] : [],
      organizationId: actor.organizationId,
      data: { change: "imported", kind, created: tally.created, updated: tally.updated, filename },
    });
  }
  return { status: "completed" as const, importId: importId!, ...tally };
}
