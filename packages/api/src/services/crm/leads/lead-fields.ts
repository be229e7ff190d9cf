import { leadScore, type LeadScoreInput } from "@harbor/ai";
import { db, Prisma, type LeadStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { AppError } from "../../../errors";
import { DNC_TAG, tagIfDoNotContact } from "../dnc/check-dnc";
import { rescoreLeads } from "../../scores";

// The editable fields of a lead and how they are written: trimmed text, tags without
// duplicates, a "dnc" tag when the email or phone is on the do-not-contact list, and the score
// (packages/ai's `leadScore`) recomputed from the result.

export interface LeadFields {
  name: string;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
  jobTitle?: string | null;
  status?: LeadStatus;
  source?: string | null;
  value?: number | null;
  budget?: number | null;
  city?: string | null;
  timeline?: string | null;
  preferredChannel?: string | null;
  notes?: string | null;
  tags?: string[];
}

export { DNC_TAG, tagIfDoNotContact };

/** A lead needs a way to reach them. */
export function requireReachable(email: string | null | undefined, phone: string | null | undefined) {
  if (email || phone) return;
  const message = "an email or a phone number is required";
  throw new AppError("VALIDATION_ERROR", "A lead needs an email or a phone number", { fieldErrors: { email: [message], phone: [message] } });
}


const textFields = ["company", "jobTitle", "source", "city", "timeline", "preferredChannel", "notes"] as const;

/** Only the fields given; empty text becomes null. */
export function leadData(fields: Partial<LeadFields>) {
  const data: Partial<LeadFields> = {};
  for (const [key, value] of Object.entries(fields) as [keyof LeadFields, unknown][]) {
    if (value === undefined) continue;
    (data as Record<string, unknown>)[key] = value;
  }
  if (fields.name !== undefined) data.name = fields.name.trim();
  for (const field of textFields) {
    const value = fields[field];
    if (typeof value === "string") data[field] = value.trim() || null;
  }
  if (fields.tags) data.tags = uniqueTags(fields.tags);
  return data;
}

export function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))];
}

/**
 * The lead's score as written with the row. The transaction does not count the lead's activities,
 * so `rescoreLead` after commit stores the full score (engagement included) with its factors.
 */
export function scoreOf(lead: LeadScoreInput, now = new Date()): number {
  return leadScore(lead, now).score;
}

/** After commit: stores the lead's full score and factors, and returns the lead with that score. */
export async function rescoreLead<T extends { id: string; score: number }>(actor: Actor, lead: T): Promise<T> {
  await rescoreLeads({ actor, ids: [lead.id] });
  const stored = await db.lead.findUnique({ where: { id: lead.id }, select: { score: true } });
  return stored ? { ...lead, score: stored.score } : lead;
}

type Locker = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * Serializes writes that could create duplicate emails or phones within one organization (no
 * unique index can express "email or phone"), for the rest of the caller's transaction.
 */
export async function lockLeadContactPoints(tx: Locker, organizationId: string) {
  await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${`leads:${organizationId}`}, 0))`);
}
