import { db } from "@harbor/db";
import type { Actor } from "../../../../access/actor";
import { assertAssignableUser } from "../../../../access/assignable-user";
import { AppError } from "../../../../errors";

export type OwnerLookup = { ok: true; ownerId: string } | { ok: false; message: string };

/**
 * An import's "owner" column: each distinct email is looked up once, among the organization's
 * active users, and must be someone the importer may hand a lead to (assertAssignableUser, the
 * rule the owner select follows). A row naming anyone else is rejected with the reason.
 */
export function importOwnerResolver(actor: Actor) {
  const known = new Map<string, Promise<OwnerLookup>>();
  const lookup = async (email: string): Promise<OwnerLookup> => {
    const user = await db.user.findFirst({
      where: { organizationId: actor.organizationId, email: { equals: email, mode: "insensitive" }, status: "active" },
      select: { id: true },
    });
    if (!user) return { ok: false, message: `owner: no active user has the email ${email}` };
    try {
      await assertAssignableUser(actor, user.id, "owner");
    } catch (error) {
      if (error instanceof AppError) return { ok: false, message: `owner: ${email} cannot be given leads by you (${error.message})` };
      throw error;
    }
    return { ok: true, ownerId: user.id };
  };
  return (email: string) => {
    let found = known.get(email);
    if (!found) {
      found = lookup(email);
      known.set(email, found);
    }
    return found;
  };
}
