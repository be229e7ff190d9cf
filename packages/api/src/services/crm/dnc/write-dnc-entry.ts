import { auditedTransaction, describePendingAudit } from "../../audit";
import { db, type DncChannel } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope, requireId } from "../../../access/organization-scope";
import { AppError, fieldConflict, notFound } from "../../../errors";
import { normalizeContactPoint } from "./normalize-contact-point";
import { dncEntrySelect } from "./dnc-entry-select";
import { flagListedRecords, unflagDelistedRecords } from "./flag-listed-records";

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
  if (existing) throw fieldConflict("value", `${normalized} is already on the do-not-contact list`);
  // The entry and the "dnc" tag on every lead and contact it matches commit together.
  return auditedTransaction(async (tx) => {
    const entry = await tx.dncEntry.create({
      data: {
        organizationId,
        channel,
        value: normalized,
        reason: reason?.trim() || null,
        addedById: actor.kind === "user" ? actor.userId : null,
      },
      select: dncEntrySelect,
    });
    describePendingAudit({ outcome: { flagged: await flagListedRecords(tx, organizationId, channel, normalized) } });
    return entry;
  });
}

export async function removeDncEntry({ actor, id }: { actor: Actor; id: string }) {
  const entry = await db.dncEntry.findFirst({
    where: { id: requireId(id), ...organizationScope(actor) },
    select: dncEntrySelect,
  });
  if (!entry) throw notFound("Do-not-contact entry");
  // The entry goes, and with it the "dnc" tag of the records no other entry still lists.
  await auditedTransaction(async (tx) => {
    const deleted = await tx.dncEntry.delete({ where: { id: entry.id }, select: { id: true } });
    describePendingAudit({ outcome: { unflagged: await unflagDelistedRecords(tx, organizationScope(actor).organizationId, entry.channel, entry.value) } });
    return deleted;
  });
  return entry;
}
