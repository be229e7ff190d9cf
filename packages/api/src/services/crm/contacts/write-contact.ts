import { db, Prisma, type Sentiment } from "@harbor/db";
import { trashMark } from "../trash";
import { auditedTransaction } from "../../audit";
import { live } from "../../../access/scopes/live-record";
import type { Actor } from "../../../access/actor";
import { fieldConflict, isUniqueViolation } from "../../../errors";
import { assertAssignableUser } from "../../../access/assignable-user";
import { rescoreContacts } from "../../scores";
import { assertNoDuplicateContact } from "./contact-matches";
import { findContactInScope } from "./contact-record";
import { contactSelect, withRelationshipHealth } from "./contact-select";
import { changedFields, fieldLabel, fieldSelect, recordActivity } from "../activities";
import { tagIfDoNotContact } from "../dnc";

export interface ContactAddress {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

export interface ContactFields {
  name: string;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
  title?: string | null;
  customerCode?: string | null;
  dateOfBirth?: Date | null;
  address?: ContactAddress | null;
  sentiment?: Sentiment;
  lastContactAt?: Date | null;
  nextFollowUpAt?: Date | null;
  tags?: string[];
  notes?: string | null;
  communicationPreferences?: Record<string, unknown> | null;
  ownerId?: string;
}

const customerCodeTaken = () => fieldConflict("customerCode", "Another contact already has this customer code");

async function assertCustomerCodeFree(organizationId: string, customerCode: string | null | undefined, exceptId?: string) {
  if (!customerCode) return;
  const taken = await db.contact.findFirst({
    where: { organizationId, customerCode, ...live, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw customerCodeTaken();
}

/** A race between the explicit check and the write still ends as the same field error. */
function rethrowCustomerCodeConflict(error: unknown): never {
  if (isUniqueViolation(error, /customer_?code/i)) throw customerCodeTaken();
  throw error;
}

function toData(fields: Partial<ContactFields>): Prisma.ContactUncheckedUpdateInput {
  const { address, communicationPreferences, name, ...rest } = fields;
  const json = (value: object | null) => (value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue));
  return {
    ...rest,
    ...(name !== undefined ? { name: name.trim() } : {}),
    ...(address !== undefined ? { address: json(address) } : {}),
    ...(communicationPreferences !== undefined ? { communicationPreferences: json(communicationPreferences) } : {}),
  };
}

/** Creates a contact; the same person already in reach (matchReasonsOf) is a CONFLICT naming them, unless allowDuplicate. */
export async function createContact({ actor, allowDuplicate = false, ...fields }: ContactFields & { actor: Actor; allowDuplicate?: boolean }) {
  const ownerId = fields.ownerId ?? (actor.kind === "user" ? actor.userId : undefined);
  if (ownerId) await assertAssignableUser(actor, ownerId, "ownerId");
  await assertCustomerCodeFree(actor.organizationId, fields.customerCode);
  if (!allowDuplicate) await assertNoDuplicateContact(actor, fields);
  const contact = await auditedTransaction(async (tx) => {
    // An email or phone on the do-not-contact list flags the contact, as it does a lead.
    const tags = await tagIfDoNotContact(tx, { organizationId: actor.organizationId, email: fields.email, phone: fields.phone, tags: fields.tags ?? [] });
    return tx.contact.create({
      data: { ...(toData(fields) as Prisma.ContactUncheckedCreateInput), tags, name: fields.name.trim(), organizationId: actor.organizationId, ownerId: ownerId ?? null },
      select: contactSelect,
    });
  }).catch(rethrowCustomerCodeConflict);
  return rescored(actor, contact);
}

/** After commit: stores the contact's health and churn with their factors, and answers with those numbers. */
async function rescored<T extends { id: string; healthScore: number; churnRisk: number }>(actor: Actor, contact: T) {
  await rescoreContacts({ actor, ids: [contact.id] });
  const stored = await db.contact.findUnique({ where: { id: contact.id }, select: { healthScore: true, churnRisk: true } });
  return withRelationshipHealth({ ...contact, ...stored });
}

/** Updates a contact; a new owner carries the contact's policies along, since access follows it. */
export async function updateContact({ actor, id, ...changes }: Partial<ContactFields> & { actor: Actor; id: string }) {
  const existing = await findContactInScope(actor, id);
  const ownerChanges = changes.ownerId !== undefined && changes.ownerId !== existing.ownerId;
  if (ownerChanges) await assertAssignableUser(actor, changes.ownerId!, "ownerId");
  await assertCustomerCodeFree(actor.organizationId, changes.customerCode, existing.id);
  const edited = Object.keys(changes).filter((field) => changes[field as keyof typeof changes] !== undefined);
  const contact = await auditedTransaction(async (tx) => {
    const before = await tx.contact.findUniqueOrThrow({ where: { id: existing.id }, select: fieldSelect(edited) });
    if (ownerChanges) await tx.policy.updateMany({ where: { organizationId: actor.organizationId, contactId: existing.id }, data: { ownerId: changes.ownerId } });
    const data = toData(changes);
    if (changes.email !== undefined || changes.phone !== undefined) {
      // A new email or phone on the do-not-contact list flags the contact.
      const tags = changes.tags ?? (await tx.contact.findUniqueOrThrow({ where: { id: existing.id }, select: { tags: true } })).tags;
      data.tags = await tagIfDoNotContact(tx, { organizationId: actor.organizationId, email: changes.email, phone: changes.phone, tags });
    }
    const updated = await tx.contact.update({ where: { id: existing.id }, data, select: contactSelect });
    const changed = changedFields(before, await tx.contact.findUniqueOrThrow({ where: { id: existing.id }, select: fieldSelect(edited) }));
    if (changed.length > 0) {
      await recordActivity(tx, {
        actor,
        type: "record_update",
        title: "Contact details edited",
        description: `Changed ${changed.map(fieldLabel).join(", ")}`,
        contactId: existing.id,
        metadata: { fields: changed },
      });
    }
    return updated;
  }).catch(rethrowCustomerCodeConflict);
  return rescored(actor, contact);
}

/**
 * Moves a contact to the trash; its policies and timeline stay with it, out of sight, until it is
 * restored (with them) or purged.
 */
export async function deleteContact({ actor, id }: { actor: Actor; id: string }) {
  const existing = await findContactInScope(actor, id);
  await auditedTransaction((tx) => tx.contact.update({ where: { id: existing.id }, data: trashMark(actor), select: { id: true } }));
  return { id: existing.id };
}
