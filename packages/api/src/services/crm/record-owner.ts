import { db } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { AppError } from "../../errors";

// Who a record (contact, opportunity) may be owned by, or a task assigned to, when someone other
// than the actor is named. The rule mirrors what each role can see afterwards:
//
//   agent          only themselves (handing a record away would hide it from them)
//   manager        themselves or a member of their team
//   admin, system  any active user of the organization
//
// A user outside the organization or deactivated is a validation error on the field; a user the
// role may not pick is FORBIDDEN, with the same field named.

export async function assertAssignableUser(actor: Actor, userId: string, field: string): Promise<void> {
  if (actor.kind === "user" && userId === actor.userId) return;
  if (actor.kind === "user" && actor.role === "agent") {
    throw new AppError("FORBIDDEN", "Agents can only assign records to themselves", {
      fieldErrors: { [field]: ["Agents can only assign records to themselves"] },
    });
  }
  const user = await db.user.findFirst({
    where: { id: userId, organizationId: actor.organizationId, status: "active" },
    select: { teamId: true },
  });
  if (!user) {
    throw new AppError("VALIDATION_ERROR", "No active user with this id in the organization", {
      fieldErrors: { [field]: ["No active user with this id in the organization"] },
    });
  }
  if (actor.kind === "user" && actor.role === "manager" && (!actor.teamId || user.teamId !== actor.teamId)) {
    throw new AppError("FORBIDDEN", "Managers can only assign records within their team", {
      fieldErrors: { [field]: ["Managers can only assign records within their team"] },
    });
  }
}
