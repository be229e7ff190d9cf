import { db, type Prisma } from "@harbor/db";
import type { Actor } from "../../../../access/actor";
import { requireId, within } from "../../../../access/organization-scope";
import { leadImportScope } from "../../../../access/scopes/lead-import-scope";
import { notFound } from "../../../../errors";
import { type ListPageInput, readModelList } from "../../../pagination";
import { summarySelect } from "../../../summary-select";
import { containsText } from "../../../text-search";
import type { ImportTally } from "./import-batch";

// Import history (crm.leads.imports.list / get): every lead import, synchronous or queued, as its
// lead_imports row — who, when, which file, its status and counts, and whether it was undone. Who
// reaches an import is access/scopes/lead-import-scope.ts.

/** An import's file, status and counts: what the history and the status of a queued import both show. */
export const leadImportSummarySelect = {
  id: true,
  filename: true,
  kind: true,
  status: true,
  totalRows: true,
  processed: true,
  created: true,
  updated: true,
  skipped: true,
  errorCount: true,
  message: true,
  createdAt: true,
  finishedAt: true,
} as const satisfies Prisma.LeadImportSelect;

export const leadImportListSelect = {
  ...leadImportSummarySelect,
  undoneAt: true,
  uploadedBy: summarySelect,
  undoneBy: summarySelect,
  ownerId: true,
} as const satisfies Prisma.LeadImportSelect;

export type ListLeadImportsInput = ListPageInput & { status?: "queued" | "processing" | "completed" | "failed" };

export async function listLeadImports({ actor, cursor, limit, search, status }: ListLeadImportsInput) {
  const where: Prisma.LeadImportWhereInput = within(leadImportScope(actor), {
    ...(status ? { status } : {}),
    ...(search ? { filename: containsText(search) } : {}),
  });
  return readModelList({ model: db.leadImport, select: leadImportListSelect, where, cursor, limit, search });
}

/** One import with its rejected rows, DNC flags and owner: the history's detail. */
export async function getLeadImport({ actor, id }: { actor: Actor; id: string }) {
  const record = await db.leadImport.findFirst({
    where: within(leadImportScope(actor), { id: requireId(id) }),
    select: { ...leadImportListSelect, onDuplicate: true, errors: true, errorsByReason: true, flaggedDnc: true, startedAt: true },
  });
  if (!record) throw notFound("Lead import");
  const owner = record.ownerId ? await db.user.findFirst({ where: { id: record.ownerId, organizationId: actor.organizationId }, select: { id: true, name: true } }) : null;
  return {
    ...record,
    owner,
    errors: record.errors as ImportTally["errors"],
    errorsByReason: record.errorsByReason as ImportTally["errorsByReason"],
    flaggedDnc: record.flaggedDnc as ImportTally["flaggedDnc"],
  };
}
