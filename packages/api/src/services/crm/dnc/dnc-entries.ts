import { db, type DncChannel, type Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope, requireId, within } from "../../../access/organization-scope";
import { AppError, notFound } from "../../../errors";
import { readKeysetList, type KeysetSort } from "../../pagination";
import { containsText, escapeLike } from "../../text-search";
import { normalizeContactPoint } from "./normalize-contact-point";

// The organization's do-not-contact list: one entry per normalized email address or phone
// number. Reading it is CRM reading; changing it is dnc:manage (admin, manager, compliance).

export const dncEntrySelect = {
  id: true,
  channel: true,
  value: true,
  reason: true,
  createdAt: true,
  addedBy: { select: { id: true, name: true } },
} as const satisfies Prisma.DncEntrySelect;

const newestFirst: KeysetSort = { field: "createdAt", direction: "desc", kind: "date" };

export interface ListDncEntriesInput {
  actor: Actor;
  cursor?: string;
  limit: number;
  search?: string;
  channel?: DncChannel;
}

export async function listDncEntries({ actor, cursor, limit, search, channel }: ListDncEntriesInput) {
  const term = search?.trim();
  const digits = term?.replace(/\D/g, "");
  const matches: Prisma.DncEntryWhereInput[] = term
    ? [
        { value: { contains: escapeLike(term.toLowerCase()) } },
        ...(digits && digits.length >= 3 && /^[+\d\s().-]+$/.test(term) ? [{ value: { contains: digits } }] : []),
        { reason: containsText(term) },
      ]
    : [];
  const where = within(organizationScope(actor), {
    ...(channel ? { channel } : {}),
    ...(matches.length > 0 ? { OR: matches } : {}),
  });
  return readKeysetList({
    where,
    sort: newestFirst,
    cursor,
    limit,
    search: term,
    findMany: (args) => db.dncEntry.findMany({ ...args, select: dncEntrySelect }),
    count: (args) => db.dncEntry.count(args),
    valueOf: (row) => row.createdAt,
  });
}

export interface AddDncEntryInput {
  actor: Actor;
  channel: DncChannel;
  value: string;
  reason?: string | null;
}

export async function addDncEntry({ actor, channel, value, reason }: AddDncEntryInput) {
  const normalized = normalizeContactPoint(channel, value);
  if (!normalized) {
    const message = channel === "email" ? "must be a valid email address" : "must be a phone number with 10–15 digits";
    throw new AppError("VALIDATION_ERROR", `value ${message}`, { fieldErrors: { value: [message] } });
  }
  const { organizationId } = organizationScope(actor);
  const existing = await db.dncEntry.findUnique({
    where: { organizationId_channel_value: { organizationId, channel, value: normalized } },
    select: { id: true },
  });
  if (existing) {
    const message = `${normalized} is already on the do-not-contact list`;
    throw new AppError("CONFLICT", message, { fieldErrors: { value: [message] } });
  }
  return db.dncEntry.create({
    data: {
      organizationId,
      channel,
      value: normalized,
      reason: reason?.trim() || null,
      addedById: actor.kind === "user" ? actor.userId : null,
    },
    select: dncEntrySelect,
  });
}

export async function removeDncEntry({ actor, id }: { actor: Actor; id: string }) {
  const entry = await db.dncEntry.findFirst({
    where: { id: requireId(id), ...organizationScope(actor) },
    select: dncEntrySelect,
  });
  if (!entry) throw notFound("Do-not-contact entry");
  await db.dncEntry.delete({ where: { id: entry.id } });
  return entry;
}
