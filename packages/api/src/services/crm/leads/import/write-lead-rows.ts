import { Prisma, type LeadKind, type LeadStatus } from "@harbor/db";

// The two writes of an import batch, one statement each. Prisma's createMany binds every column
// of every row as a parameter and took about a second per 500 leads on the benchmark machine;
// one JSON parameter expanded by jsonb_to_recordset does the same insert in tens of
// milliseconds, which is what keeps a 10k-row import well under its 15 s budget. Timestamps are
// written as UTC wall-clock time, the way Prisma stores `timestamp(3)` columns.

/** The lead fields an import reads from a row and writes, money as numbers. */
export interface LeadFieldValues {
  email: string | null;
  phone: string | null;
  company: string | null;
  jobTitle: string | null;
  source: string | null;
  value: number | null;
  budget: number | null;
  city: string | null;
  timeline: string | null;
  preferredChannel: string | null;
  notes: string | null;
  tags: string[];
}

export interface NewLeadRow extends LeadFieldValues {
  organizationId: string;
  ownerId: string | null;
  kind: LeadKind;
  status: LeadStatus;
  name: string;
  score: number;
}

type Writer = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw">;

const utc = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp`;

/** Inserts the rows, answering the new leads' ids. */
export async function insertLeadRows(tx: Writer, rows: NewLeadRow[], now = new Date()): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO leads (organization_id, owner_id, kind, status, name, email, phone, company, job_title, source, value, budget,
                       city, timeline, preferred_channel, notes, tags, score, created_at, updated_at)
    SELECT r."organizationId", r."ownerId", r.kind, r.status, r.name, r.email, r.phone, r.company, r."jobTitle", r.source, r.value,
           r.budget, r.city, r.timeline, r."preferredChannel", r.notes, r.tags, r.score, ${utc(now)}, ${utc(now)}
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
      "organizationId" uuid, "ownerId" uuid, kind "LeadKind", status "LeadStatus", name text, email text, phone text, company text,
      "jobTitle" text, source text, value numeric, budget numeric, city text, timeline text, "preferredChannel" text, notes text,
      tags text[], score int)
    RETURNING id`;
  return inserted.map((row) => row.id);
}

export interface FilledLeadRow extends LeadFieldValues {
  id: string;
  score: number;
}

/**
 * Fills empty fields of existing leads: a field someone filled in meanwhile keeps their value
 * (COALESCE against the row as it is now), and tags are only ever added.
 */
export async function fillLeadRows(tx: Writer, organizationId: string, rows: FilledLeadRow[], now = new Date()): Promise<number> {
  if (rows.length === 0) return 0;
  return tx.$executeRaw`
    UPDATE leads AS l SET
      email = COALESCE(l.email, r.email),
      phone = COALESCE(l.phone, r.phone),
      company = COALESCE(NULLIF(l.company, ''), r.company),
      job_title = COALESCE(NULLIF(l.job_title, ''), r."jobTitle"),
      source = COALESCE(NULLIF(l.source, ''), r.source),
      value = COALESCE(l.value, r.value),
      budget = COALESCE(l.budget, r.budget),
      city = COALESCE(NULLIF(l.city, ''), r.city),
      timeline = COALESCE(NULLIF(l.timeline, ''), r.timeline),
      preferred_channel = COALESCE(NULLIF(l.preferred_channel, ''), r."preferredChannel"),
      notes = COALESCE(NULLIF(l.notes, ''), r.notes),
      tags = COALESCE(l.tags, '{}') || ARRAY(SELECT tag FROM unnest(r.tags) AS tag WHERE tag <> ALL (COALESCE(l.tags, '{}'))),
      score = r.score,
      updated_at = ${utc(now)}
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
      id uuid, email text, phone text, company text, "jobTitle" text, source text, value numeric, budget numeric, city text,
      timeline text, "preferredChannel" text, notes text, tags text[], score int)
    WHERE l.id = r.id AND l.organization_id = ${organizationId}::uuid`;
}

export interface ExistingLeadRow extends Omit<FilledLeadRow, "score"> {
  kind: LeadKind;
  status: LeadStatus;
  lastInteractionAt: Date | null;
}

/** The organization's leads having any of these emails or phones (two array parameters, whatever their number). */
export function findLeadsByContactPoints(tx: Pick<Prisma.TransactionClient, "$queryRaw">, organizationId: string, emails: string[], phones: string[]) {
  if (emails.length === 0 && phones.length === 0) return Promise.resolve([]);
  return tx.$queryRaw<ExistingLeadRow[]>`
    SELECT id, kind, status, email, phone, company, job_title AS "jobTitle", source, value::float8 AS value, budget::float8 AS budget, city,
           timeline, preferred_channel AS "preferredChannel", notes, COALESCE(tags, '{}') AS tags, last_interaction_at AS "lastInteractionAt"
    FROM leads
    WHERE organization_id = ${organizationId}::uuid AND deleted_at IS NULL AND (email = ANY(${emails}::text[]) OR phone = ANY(${phones}::text[]))`;
}

/** The lead columns an import fills, by field: what lead_import_changes.previous names and undo writes back. */
export const importedLeadColumns = {
  email: "email",
  phone: "phone",
  company: "company",
  jobTitle: "job_title",
  source: "source",
  value: "value",
  budget: "budget",
  city: "city",
  timeline: "timeline",
  preferredChannel: "preferred_channel",
  notes: "notes",
  tags: "tags",
} as const satisfies Record<keyof LeadFieldValues, string>;

export interface ImportChangeRow {
  leadId: string;
  kind: "created" | "updated";
  /** The filled fields' values before the import (updated leads only). */
  previous: Partial<LeadFieldValues> | null;
}

/** Records what an import did to each lead, in the transaction that did it (one statement). */
export async function recordImportChanges(tx: Writer, organizationId: string, importId: string, rows: ImportChangeRow[], writtenAt: Date): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO lead_import_changes (organization_id, import_id, lead_id, kind, previous, written_at)
    SELECT ${organizationId}::uuid, ${importId}::uuid, r."leadId", r.kind, r.previous, ${utc(writtenAt)}
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("leadId" uuid, kind "LeadImportChangeKind", previous jsonb)`;
}
