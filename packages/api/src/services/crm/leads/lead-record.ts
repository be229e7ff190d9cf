import { db, type LeadKind, type LeadStatus, type Prisma } from "@harbor/db";
import { live } from "../../../access/scopes/live-record";
import type { Actor } from "../../../access/actor";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { requireId, within } from "../../../access/organization-scope";
import { AppError, fieldConflict, notFound } from "../../../errors";
import { publish } from "../../../realtime";
import { normalizeEmailAddress, toE164 } from "../dnc/normalize-contact-point";
import { summarySelect } from "../../summary-select";

// What every lead service shares: the columns a screen reads, money as numbers, the scoped
// lookup, contact points in their stored form, the duplicate rule and the realtime event.

/** A leads table row or kanban card. */
export const leadListSelect = {
  id: true,
  kind: true,
  name: true,
  email: true,
  phone: true,
  company: true,
  status: true,
  source: true,
  score: true,
  value: true,
  budget: true,
  city: true,
  tags: true,
  lastInteractionAt: true,
  convertedAt: true,
  createdAt: true,
  owner: summarySelect,
} as const satisfies Prisma.LeadSelect;

export type LeadListItem = Prisma.LeadGetPayload<{ select: typeof leadListSelect }>;

/** One lead with every field of its own (drawer, create and update answers). */
export const leadSelect = {
  ...leadListSelect,
  organizationId: true,
  ownerId: true,
  jobTitle: true,
  timeline: true,
  preferredChannel: true,
  notes: true,
  convertedContactId: true,
  updatedAt: true,
  owner: { select: { id: true, name: true, email: true } },
} as const satisfies Prisma.LeadSelect;

type Money = { toString(): string } | null;

/** Decimal columns leave the server as numbers. */
export function withMoney<T extends { value: Money; budget: Money }>(lead: T): Omit<T, "value" | "budget"> & { value: number | null; budget: number | null } {
  return { ...lead, value: lead.value === null ? null : Number(lead.value), budget: lead.budget === null ? null : Number(lead.budget) };
}

type LeadReader = Pick<Prisma.TransactionClient, "lead">;

/** A lead within the actor's reach, or NOT_FOUND — never a hint that it exists elsewhere. */
export async function findLeadInScope<S extends Prisma.LeadSelect>(actor: Actor, id: string, select: S, reader: LeadReader = db) {
  const lead = await reader.lead.findFirst({ where: within(ownedRecordScope(actor), { id: requireId(id) }), select });
  if (!lead) throw notFound("Lead");
  return lead;
}

/** Email lower-cased, phone in E.164; a value that is neither is a field error. */
export function storedContactPoints({ email, phone }: { email?: string | null; phone?: string | null }) {
  const fieldErrors: Record<string, string[]> = {};
  const storedEmail = email ? normalizeEmailAddress(email) : email;
  const storedPhone = phone ? toE164(phone) : phone;
  if (email && !storedEmail) fieldErrors.email = ["must be a valid email address"];
  if (phone && !storedPhone) fieldErrors.phone = ["must be a phone number with 10–15 digits"];
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("VALIDATION_ERROR", Object.entries(fieldErrors).map(([field, [message]]) => `${field} ${message}`).join("; "), { fieldErrors });
  }
  return { email: storedEmail, phone: storedPhone };
}

/**
 * One lead per email address and per phone number in an organization, whoever owns it: a
 * duplicate is a CONFLICT naming the field (the email or phone is what the caller typed, so
 * naming it reveals nothing they did not know).
 */
export async function assertNoDuplicateLead(
  { organizationId, email, phone, exceptId }: { organizationId: string; email?: string | null; phone?: string | null; exceptId?: string },
  reader: LeadReader = db,
) {
  const alternatives: Prisma.LeadWhereInput[] = [];
  if (email) alternatives.push({ email });
  if (phone) alternatives.push({ phone });
  if (alternatives.length === 0) return;
  const duplicate = await reader.lead.findFirst({
    where: { organizationId, ...live, OR: alternatives, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { email: true, phone: true },
  });
  if (!duplicate) return;
  const field = email && duplicate.email === email ? "email" : "phone";
  throw fieldConflict(field, `A lead with this ${field} already exists`);
}

export type LeadChange = "created" | "updated" | "assigned" | "activity" | "converted" | "deleted";

/** lead:updated to the owner (and anyone else concerned) and the organization; call after commit. */
export function publishLeadUpdated(
  lead: { id: string; kind: LeadKind; status: LeadStatus; score: number; ownerId?: string | null; owner?: { id: string } | null },
  { organizationId, change, alsoTo = [], extra = {} }: { organizationId: string; change: LeadChange; alsoTo?: (string | null | undefined)[]; extra?: Record<string, unknown> },
) {
  const ownerId = lead.ownerId ?? lead.owner?.id ?? null;
  const userIds = [...new Set([ownerId, ...alsoTo].filter((id): id is string => Boolean(id)))];
  return publish({
    name: "lead:updated",
    userIds,
    organizationId,
    data: { id: lead.id, change, kind: lead.kind, status: lead.status, score: lead.score, ownerId, ...extra },
  });
}
