import type { LeadKind, LeadStatus, Prisma } from "@harbor/db";
import type { Actor } from "../../../../access/actor";
import { ownedRecordScope } from "../../../../access/scopes/owned-record-scope";
import { within } from "../../../../access/organization-scope";
import { findDncMatches } from "../../dnc/check-dnc";
import { DNC_TAG, lockLeadContactPoints, scoreOf, uniqueTags } from "../lead-fields";
import type { ImportedLead } from "./lead-import-row";
import { fillLeadRows, findLeadsByContactPoints, insertLeadRows, recordImportChanges, type LeadFieldValues } from "./write-lead-rows";

export interface BatchRow {
  row: number;
  lead: ImportedLead;
  /** The owner the row's "owner" column named (resolved before the batch); else the import's. */
  ownerId?: string | null;
}

export interface ImportTally {
  created: number;
  updated: number;
  skipped: number;
  /** The first rejected rows (up to the errors limit), by row number. */
  errors: { row: number; message: string }[];
  /** Every rejected row, listed or not. */
  errorCount: number;
  /** Every rejected row by reason: the field it failed on, or "not imported" for a refused batch. */
  errorsByReason: Record<string, number>;
  flaggedDnc: { row: number; value: string }[];
}

/** "email: must be a valid…" → "email": the field a row failed on (values stay out of the counts). */
function reasonOf(message: string): string {
  const colon = message.indexOf(":");
  return colon > 0 && colon <= 60 ? message.slice(0, colon) : "row";
}

/**
 * Counts a rejected row into the tally: a file of 100,000 bad rows must not answer with 100,000
 * messages, so the first `maxErrors` are listed and every one is counted by reason.
 */
export function rejectInto(tally: Pick<ImportTally, "errors" | "errorCount" | "errorsByReason">, maxErrors: number) {
  return (row: number, message: string) => {
    const reason = reasonOf(message);
    tally.errorCount += 1;
    tally.errorsByReason[reason] = (tally.errorsByReason[reason] ?? 0) + 1;
    if (tally.errors.length < maxErrors) tally.errors.push({ row, message });
  };
}

export interface BatchContext {
  actor: Actor;
  /** The lead_imports row whose changes this batch records. */
  importId: string;
  kind: LeadKind;
  ownerId: string | null;
  onDuplicate: "update" | "skip";
}

/** A lead as the batch sees it: money as numbers, so rows and stored leads merge alike. */
interface Candidate extends LeadFieldValues {
  id?: string;
  ownerId?: string | null;
  kind: LeadKind;
  status: LeadStatus;
  name?: string;
  lastInteractionAt?: Date | null;
}

const fillable = ["company", "jobTitle", "source", "value", "budget", "city", "timeline", "preferredChannel", "notes"] as const;

/**
 * Copies the row's values into the lead's empty fields (and adds its tags); returns what changed.
 * An email or phone is only filled in when no other lead of the batch's view already has it.
 */
function fillEmpty(target: Candidate, row: ImportedLead, taken: (field: "email" | "phone", value: string) => boolean) {
  const changes: Partial<Candidate> = {};
  for (const field of fillable) {
    if ((target[field] === null || target[field] === "") && row[field] !== null) (changes as Record<string, unknown>)[field] = row[field];
  }
  if (!target.email && row.email && !taken("email", row.email)) changes.email = row.email;
  if (!target.phone && row.phone && !taken("phone", row.phone)) changes.phone = row.phone;
  const tags = uniqueTags([...target.tags, ...row.tags]);
  if (tags.length !== target.tags.length) changes.tags = tags;
  const previous = Object.fromEntries(Object.keys(changes).map((field) => [field, target[field as keyof LeadFieldValues]])) as Partial<LeadFieldValues>;
  Object.assign(target, changes);
  return { changes, previous };
}

export async function importBatch(tx: Prisma.TransactionClient, { actor, importId, kind, ownerId, onDuplicate }: BatchContext, rows: BatchRow[], now = new Date()) {
  const { organizationId } = actor;
  const result = { created: 0, updated: 0, skipped: 0, flaggedDnc: [] as ImportTally["flaggedDnc"] };
  const emails = [...new Set(rows.flatMap(({ lead }) => (lead.email ? [lead.email] : [])))];
  const phones = [...new Set(rows.flatMap(({ lead }) => (lead.phone ? [lead.phone] : [])))];

  await lockLeadContactPoints(tx, organizationId);
  // One connection per transaction: these run one after the other either way.
  const existingRows = await findLeadsByContactPoints(tx, organizationId, emails, phones);
  const dnc = await findDncMatches({ organizationId, emails, phones, reader: tx });
  // A duplicate the importer cannot see is skipped, not updated: importing is no way around record access.
  const reachableRows =
    existingRows.length === 0
      ? []
      : await tx.lead.findMany({ where: within(ownedRecordScope(actor), { id: { in: existingRows.map((lead) => lead.id) } }), select: { id: true } });
  const reachable = new Set(reachableRows.map((lead) => lead.id));

  const byEmail = new Map<string, Candidate>();
  const byPhone = new Map<string, Candidate>();
  const index = (candidate: Candidate) => {
    if (candidate.email && !byEmail.has(candidate.email)) byEmail.set(candidate.email, candidate);
    if (candidate.phone && !byPhone.has(candidate.phone)) byPhone.set(candidate.phone, candidate);
  };
  for (const lead of existingRows) index(lead);
  const taken = (field: "email" | "phone", value: string) => (field === "email" ? byEmail : byPhone).has(value);

  const created: Candidate[] = [];
  const updated = new Map<string, Candidate>();
  // A stored lead's values before this batch first filled it: what undo writes back.
  const previousOf = new Map<string, Partial<LeadFieldValues>>();
  for (const { row, lead, ownerId: rowOwnerId } of rows) {
    const listed = (lead.email && dnc.has("email", lead.email) && lead.email) || (lead.phone && dnc.has("phone", lead.phone) && lead.phone) || null;
    if (listed) lead.tags = uniqueTags([...lead.tags, DNC_TAG]);
    const match = (lead.email && byEmail.get(lead.email)) || (lead.phone && byPhone.get(lead.phone)) || null;
    if (!match) {
      const { ownerEmail: _resolved, ...fields } = lead;
      const candidate: Candidate = { ...fields, kind, status: lead.status ?? "new", ownerId: rowOwnerId ?? ownerId };
      created.push(candidate);
      index(candidate);
    } else {
      const { changes, previous } = onDuplicate === "skip" || (match.id && !reachable.has(match.id)) ? { changes: {}, previous: {} } : fillEmpty(match, lead, taken);
      if (Object.keys(changes).length === 0) {
        result.skipped += 1;
        continue;
      }
      index(match);
      if (match.id) {
        updated.set(match.id, match);
        previousOf.set(match.id, { ...previous, ...previousOf.get(match.id) });
      }
      result.updated += 1;
    }
    if (listed) result.flaggedDnc.push({ row, value: listed });
  }

  const createdIds = await insertLeadRows(
    tx,
    created.map(({ lastInteractionAt: _never, id: _none, ownerId: owner, ...lead }) => ({ ...lead, name: lead.name!, organizationId, ownerId: owner ?? null, score: scoreOf(lead) })),
    now,
  );
  result.created = createdIds.length;
  await fillLeadRows(
    tx,
    organizationId,
    [...updated].map(([id, lead]) => ({
      id,
      email: lead.email,
      phone: lead.phone,
      company: lead.company,
      jobTitle: lead.jobTitle,
      source: lead.source,
      value: lead.value,
      budget: lead.budget,
      city: lead.city,
      timeline: lead.timeline,
      preferredChannel: lead.preferredChannel,
      notes: lead.notes,
      tags: lead.tags,
      score: scoreOf(lead),
    })),
    now,
  );
  await recordImportChanges(
    tx,
    organizationId,
    importId,
    [
      ...createdIds.map((leadId) => ({ leadId, kind: "created" as const, previous: null })),
      ...[...updated.keys()].map((leadId) => ({ leadId, kind: "updated" as const, previous: previousOf.get(leadId) ?? {} })),
    ],
    now,
  );
  return result;
}
