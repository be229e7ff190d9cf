import { db, Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { requireId, within } from "../../../access/organization-scope";
import { householdScope } from "../../../access/scopes/household-scope";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { AppError, notFound } from "../../../errors";
import { auditedTransaction } from "../../audit";
import { findContactInScope, type ContactAddress } from "../contacts";
import { readHousehold } from "./get-household";

// crm.households.*: a household groups contacts (a contact is in at most one) around a primary
// contact, with the address they share. Every write names contacts the caller reaches.

/** A household's shared address has a contact address's fields. */
export type HouseholdAddress = ContactAddress;

const json = (address: HouseholdAddress | null) => (address === null ? Prisma.DbNull : (address as Prisma.InputJsonValue));

async function findHouseholdInScope(actor: Actor, id: string) {
  const household = await db.household.findFirst({ where: within(householdScope(actor), { id: requireId(id) }), select: { id: true, primaryContactId: true } });
  if (!household) throw notFound("Household");
  return household;
}

export async function createHousehold({ actor, name, primaryContactId, memberIds = [], address }: { actor: Actor; name: string; primaryContactId: string; memberIds?: string[]; address?: HouseholdAddress | null }) {
  const ids = [...new Set([primaryContactId, ...memberIds])];
  const reached = await db.contact.findMany({ where: within(ownedRecordScope(actor), { id: { in: ids } }), select: { id: true } });
  if (reached.length !== ids.length) throw notFound("Contact");
  const household = await auditedTransaction(async (tx) => {
    const created = await tx.household.create({
      data: { organizationId: actor.organizationId, name: name.trim(), primaryContactId, ...(address !== undefined ? { address: json(address) } : {}) },
      select: { id: true },
    });
    await tx.contact.updateMany({ where: { organizationId: actor.organizationId, id: { in: ids } }, data: { householdId: created.id } });
    return created;
  });
  return readHousehold(actor, household.id);
}

export async function updateHousehold({ actor, id, name, address, primaryContactId }: { actor: Actor; id: string; name?: string; address?: HouseholdAddress | null; primaryContactId?: string }) {
  const household = await findHouseholdInScope(actor, id);
  if (primaryContactId !== undefined) {
    const member = await db.contact.findFirst({ where: within(ownedRecordScope(actor), { id: requireId(primaryContactId, "primaryContactId"), householdId: household.id }), select: { id: true } });
    if (!member) throw new AppError("VALIDATION_ERROR", "The primary contact must be a member of the household", { fieldErrors: { primaryContactId: ["must be a member of the household"] } });
  }
  await auditedTransaction((tx) =>
    tx.household.update({
      where: { id: household.id },
      data: { ...(name !== undefined ? { name: name.trim() } : {}), ...(address !== undefined ? { address: json(address) } : {}), ...(primaryContactId !== undefined ? { primaryContactId } : {}) },
      select: { id: true },
    }),
  );
  return readHousehold(actor, household.id);
}

/** Adds a contact to the household (out of any household it was in). */
export async function addHouseholdMember({ actor, id, contactId }: { actor: Actor; id: string; contactId: string }) {
  const household = await findHouseholdInScope(actor, id);
  const contact = await findContactInScope(actor, contactId);
  await auditedTransaction((tx) => tx.contact.update({ where: { id: contact.id }, data: { householdId: household.id }, select: { id: true } }));
  return readHousehold(actor, household.id);
}

/**
 * Takes a contact out of the household. The primary's place passes to the longest-standing other
 * member; a household left with no members is deleted.
 */
export async function removeHouseholdMember({ actor, id, contactId }: { actor: Actor; id: string; contactId: string }) {
  const household = await findHouseholdInScope(actor, id);
  const contact = await db.contact.findFirst({ where: within(ownedRecordScope(actor), { id: requireId(contactId, "contactId"), householdId: household.id }), select: { id: true } });
  if (!contact) throw notFound("Contact");
  return auditedTransaction(async (tx) => {
    await tx.contact.update({ where: { id: contact.id }, data: { householdId: null }, select: { id: true } });
    const next = await tx.contact.findFirst({ where: { householdId: household.id, deletedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
    if (!next && (await tx.contact.count({ where: { householdId: household.id } })) === 0) {
      await tx.household.delete({ where: { id: household.id } });
      return { id: household.id, contactId: contact.id, householdDeleted: true };
    }
    if (household.primaryContactId === contact.id) await tx.household.update({ where: { id: household.id }, data: { primaryContactId: next?.id ?? null } });
    return { id: household.id, contactId: contact.id, householdDeleted: false };
  });
}
