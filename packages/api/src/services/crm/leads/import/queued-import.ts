import { db, type Prisma, type LeadKind } from "@harbor/db";
import type { Actor } from "../../../../access/actor";
import { organizationScope, requireId, within } from "../../../../access/organization-scope";
import { leadImportScope } from "../../../../access/scopes/lead-import-scope";
import { acceptedLeadRows } from "./accepted-lead-rows";
import { AppError, notFound } from "../../../../errors";
import { leadImportApplyRequested } from "../../../../events/leads";
import { JobQueueError, sendEvents } from "../../../../jobs/send-events";
import { publish } from "../../../../realtime";
import { auditedTransaction } from "../../../audit";
import { loadUserActor } from "../../../auth/sessions";
import { importBatch, rejectInto, type BatchContext, type BatchRow, type ImportTally } from "./import-batch";
import { importLimits, type ImportLimits } from "./import-limits";
import type { ImportedLead } from "./lead-import-row";
import type { LeadImportMapping } from "./map-lead-headers";
import type { LeadFile } from "./read-lead-file";
import { leadImportSummarySelect } from "./lead-import-history";

// A large lead file, the way a renewal file is applied (services/renewals/batches): the request
// checks the limits and validates every row, stages the valid ones in lead_import_rows (rejected
// ones are counted on the import, the first ones listed) and queues one job through the jobs
// client (Inngest or the embedded runner). The worker applies the staged rows in chunks, each
// chunk one transaction that also marks its rows applied and adds its counts, so a retried step
// applies only what is still pending and never a lead twice. Progress goes to the uploader as
// `leads.import.progress` (id and counts only); crm.leads.import.status reads it any time.

const STAGE_CHUNK = 1_000;

/** A staged row's data: the validated lead and the owner its "owner" column named, if any. */
type StagedLead = ImportedLead & { ownerId: string | null };
export const APPLY_CHUNK = 500;

export interface QueueLeadImportInput {
  actor: Actor;
  filename: string;
  kind: LeadKind;
  ownerId: string | null;
  onDuplicate: "update" | "skip";
  file: LeadFile;
  mapping: LeadImportMapping;
  totalRows: number;
  limits: ImportLimits;
}

export async function queueLeadImport({ actor, filename, kind, ownerId, onDuplicate, file, mapping, totalRows, limits }: QueueLeadImportInput) {
  const { organizationId } = organizationScope(actor);
  // The import and the commit's audit row, in one transaction.
  const created = await auditedTransaction((tx) =>
    tx.leadImport.create({
      data: { organizationId, uploadedById: actor.kind === "user" ? actor.userId : null, filename, kind, ownerId, onDuplicate, totalRows, stagedRows: 0 },
      select: { id: true },
    }),
  );
  try {
    const tally: Pick<ImportTally, "errors" | "errorCount" | "errorsByReason"> = { errors: [], errorCount: 0, errorsByReason: {} };
    const reject = rejectInto(tally, limits.maxErrors);
    let staged: Prisma.LeadImportRowCreateManyInput[] = [];
    let stagedRows = 0;
    const flush = async () => {
      if (staged.length === 0) return;
      await db.leadImportRow.createMany({ data: staged });
      stagedRows += staged.length;
      staged = [];
    };
    // The owner column is resolved while staging, as the uploader: the worker writes the id.
    for await (const { row, lead, ownerId } of acceptedLeadRows(actor, file, mapping, reject)) {
      const data: StagedLead = { ...lead, ownerId: ownerId ?? null };
      staged.push({ organizationId, importId: created.id, row, data });
      if (staged.length >= STAGE_CHUNK) await flush();
    }
    await flush();
    await db.leadImport.update({
      where: { id: created.id },
      data: { stagedRows, errorCount: tally.errorCount, errors: tally.errors, errorsByReason: tally.errorsByReason, processed: tally.errorCount },
    });
    await sendEvents([leadImportApplyRequested.create({ organizationId, importId: created.id }, { id: `lead-import-${created.id}` })]);
  } catch (error) {
    await db.leadImport.delete({ where: { id: created.id } });
    if (error instanceof JobQueueError) {
      throw new AppError("SERVICE_UNAVAILABLE", `The import could not be queued (${error.message}); nothing was imported, try again`);
    }
    throw error;
  }
  return { status: "queued" as const, importId: created.id, totalRows };
}

/** What an import's status shows. */
const importStatusSelect = {
  ...leadImportSummarySelect,
  errors: true,
  errorsByReason: true,
  flaggedDnc: true,
} as const satisfies Prisma.LeadImportSelect;

const importSelect = {
  ...importStatusSelect,
  organizationId: true,
  uploadedById: true,
  ownerId: true,
  onDuplicate: true,
  stagedRows: true,
  startedAt: true,
} as const satisfies Prisma.LeadImportSelect;

type LeadImportRecord = Prisma.LeadImportGetPayload<{ select: typeof importSelect }>;

function toStatus(record: Prisma.LeadImportGetPayload<{ select: typeof importStatusSelect }>) {
  return {
    ...record,
    errors: record.errors as ImportTally["errors"],
    errorsByReason: record.errorsByReason as ImportTally["errorsByReason"],
    flaggedDnc: record.flaggedDnc as ImportTally["flaggedDnc"],
  };
}

/** A queued import's progress and outcome: the uploader's own, their manager's, or any of the organization's for an admin. */
export async function leadImportStatus({ actor, id }: { actor: Actor; id: string }) {
  const record = await db.leadImport.findFirst({ where: within(leadImportScope(actor), { id: requireId(id) }), select: importStatusSelect });
  if (!record) throw notFound("Lead import");
  return toStatus(record);
}

async function findImport(actor: Actor, importId: string) {
  const { organizationId } = organizationScope(actor);
  const record = await db.leadImport.findFirst({ where: { id: requireId(importId, "importId"), organizationId }, select: importSelect });
  if (!record) throw notFound("Lead import");
  return record;
}

async function announceProgress(importId: string) {
  const record = await db.leadImport.findUniqueOrThrow({ where: { id: importId }, select: importSelect });
  if (!record.uploadedById) return;
  const { id, status, totalRows, processed, created, updated, skipped, errorCount } = record;
  await publish({ name: "leads.import.progress", userIds: [record.uploadedById], data: { id, status, totalRows, processed, created, updated, skipped, errorCount } });
}

export async function beginLeadImport({ actor, importId }: { actor: Actor; importId: string }) {
  const record = await findImport(actor, importId);
  const { count } = await db.leadImport.updateMany({ where: { id: record.id, status: { in: ["queued", "processing"] } }, data: { status: "processing", startedAt: record.startedAt ?? new Date() } });
  await announceProgress(record.id);
  return { started: count === 1 };
}

/**
 * Applies the next chunk of pending rows as the uploader (their record scope decides which leads
 * a row may update). One transaction: the leads, the rows marked applied, the import's counts.
 */
export async function applyLeadImportChunk({ actor, importId, size = APPLY_CHUNK }: { actor: Actor; importId: string; size?: number }) {
  const record = await findImport(actor, importId);
  const rows = await db.leadImportRow.findMany({ where: { importId: record.id, status: "pending" }, select: { id: true, row: true, data: true }, orderBy: { row: "asc" }, take: size });
  if (rows.length === 0) return { applied: 0, failed: 0, remaining: 0 };
  const uploader = record.uploadedById ? await loadUserActor(record.uploadedById) : null;
  const ids = rows.map((row) => row.id);
  let applied = 0;
  let failed = 0;
  if (!uploader) {
    await failRows(record, rows, "not imported: the uploader is no longer an active user");
    failed = rows.length;
  } else {
    const context: BatchContext = { actor: uploader, importId: record.id, kind: record.kind, ownerId: record.ownerId, onDuplicate: record.onDuplicate === "skip" ? "skip" : "update" };
    const batch: BatchRow[] = rows.map((row) => {
      const { ownerId, ...lead } = row.data as unknown as StagedLead;
      return { row: row.row, lead: { ...lead, ownerEmail: lead.ownerEmail ?? null }, ownerId };
    });
    try {
      await db.$transaction(
        async (tx) => {
          const done = await importBatch(tx, context, batch);
          const { count } = await tx.leadImportRow.updateMany({ where: { id: { in: ids }, status: "pending" }, data: { status: "applied" } });
          // Another attempt applied these rows meanwhile: roll this one back.
          if (count !== ids.length) throw new AppError("CONFLICT", "These rows were applied by another attempt");
          await tx.$executeRaw`
            UPDATE lead_imports SET processed = processed + ${rows.length}, created = created + ${done.created}, updated = updated + ${done.updated},
              skipped = skipped + ${done.skipped}, flagged_dnc = flagged_dnc || ${JSON.stringify(done.flaggedDnc)}::jsonb
            WHERE id = ${record.id}::uuid`;
        },
        { timeout: 120_000 },
      );
      applied = rows.length;
    } catch (error) {
      if (error instanceof AppError && error.code === "CONFLICT") return { applied: 0, failed: 0, remaining: await pendingRows(record.id) };
      if (!(error instanceof AppError)) console.error(`lead import ${record.id}: rows ${rows[0]!.row}–${rows.at(-1)!.row} failed:`, error);
      await failRows(record, rows, `not imported: ${error instanceof AppError ? error.message : "the database refused this batch"}`);
      failed = rows.length;
    }
  }
  const remaining = await pendingRows(record.id);
  await announceProgress(record.id);
  return { applied, failed, remaining };
}

const pendingRows = (importId: string) => db.leadImportRow.count({ where: { importId, status: "pending" } });

/** Marks a chunk's rows failed and counts them on the import (listed while under the error limit). */
async function failRows(record: LeadImportRecord, rows: { id: string; row: number }[], message: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.leadImportRow.updateMany({ where: { id: { in: rows.map((row) => row.id) }, status: "pending" }, data: { status: "failed" } });
    if (count === 0) return;
    const current = await tx.leadImport.findUniqueOrThrow({ where: { id: record.id }, select: { errors: true, errorCount: true, errorsByReason: true } });
    const tally = { errors: current.errors as ImportTally["errors"], errorCount: current.errorCount, errorsByReason: current.errorsByReason as ImportTally["errorsByReason"] };
    const reject = rejectInto(tally, importLimits().maxErrors);
    for (const { row } of rows) reject(row, message);
    tally.errors.sort((a, b) => a.row - b.row);
    await tx.leadImport.update({ where: { id: record.id }, data: { ...tally, processed: { increment: count } } });
  });
}

export async function finishLeadImport({ actor, importId }: { actor: Actor; importId: string }) {
  const record = await findImport(actor, importId);
  const pending = await pendingRows(record.id);
  const status = pending > 0 ? "failed" : "completed";
  const finished = await db.leadImport.update({
    where: { id: record.id },
    data: { status, finishedAt: new Date(), ...(pending > 0 ? { message: `${pending} rows were not applied` } : {}) },
    select: importSelect,
  });
  if (finished.created + finished.updated > 0) {
    await publish({
      name: "lead:updated",
      userIds: finished.ownerId ? [finished.ownerId] : [],
      organizationId: finished.organizationId,
      data: { change: "imported", kind: finished.kind, created: finished.created, updated: finished.updated, filename: finished.filename },
    });
  }
  await announceProgress(record.id);
  return { status, created: finished.created, updated: finished.updated, skipped: finished.skipped, errorCount: finished.errorCount };
}
