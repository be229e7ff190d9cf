import { db } from "@harbor/db";
import { AppError } from "../errors";
import type { Actor } from "./actor";
import { reachOf } from "./scopes/reach";

// Who a record (lead, contact, opportunity, ticket, appointment) may be owned by, or a task
// assigned to, when someone other than the actor is named. It follows the actor's reach
// (scopes/reach.ts), so what a role may hand a record to mirrors what it can see afterwards:
//
//   self          only themselves (handing a record away would hide it from them)
//   team          themselves or a member of their team
//   organization  any active user of the organization
//
// A user outside the organization or deactivated is a validation error on the field; a user the
// actor may not pick is FORBIDDEN, with the same field named.

const forbidden = (field: string, message: string) => new AppError("FORBIDDEN", message, { fieldErrors: { [field]: [message] } });

export async function assertAssignableUser(actor: Actor, userId: string, field: string): Promise<void> {
  const reach = reachOf(actor);
  if (reach.kind !== "organization" && userId === reach.userId) return;
  if (reach.kind === "self") {
    throw forbidden(field, actor.kind === "user" && actor.role === "manager" ? "Managers can only assign records within their team" : "Agents can only assign records to themselves");
  }
  const user = await db.user.findFirst({
    where: { id: userId, organizationId: reach.organizationId, status: "active" },
    select: { teamId: true },
  });
  if (!user) {
    throw new AppError("VALIDATION_ERROR", "No active user with this id in the organization", {
      fieldErrors: { [field]: ["No active user with this id in the organization"] },
    });
  }
  if (reach.kind === "team" && user.teamId !== reach.teamId) throw forbidden(field, "Managers can only assign records within their team");
}
