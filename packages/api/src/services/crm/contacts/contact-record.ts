import { db } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { requireId, within } from "../../../access/organization-scope";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { notFound } from "../../../errors";

/** A live contact within the actor's reach, else NOT_FOUND. */
export async function findContactInScope(actor: Actor, id: string) {
  const contact = await db.contact.findFirst({ where: within(ownedRecordScope(actor), { id: requireId(id) }), select: { id: true, ownerId: true } });
  if (!contact) throw notFound("Contact");
  return contact;
}
