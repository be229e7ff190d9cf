import type { Role } from "@harbor/db";
import { AppError } from "../errors";
import type { UserActor } from "./actor";
import { reachOf } from "./scopes/reach";

/**
 * Who the actor may put on a team: an admin (organization reach) anyone active; a manager only an
 * agent on no team yet — never an admin, another manager, or another manager's member, which would
 * widen the manager's record scope over people they do not lead.
 */
export function assertJoinableByActor(actor: UserActor, user: { role: Role; teamId: string | null }) {
  if (reachOf(actor).kind === "organization") return;
  const refuse = (message: string) => new AppError("FORBIDDEN", message, { fieldErrors: { userId: [message] } });
  if (user.role !== "agent") throw refuse("Managers add agents only; an admin can add other roles");
  if (user.teamId !== null) throw refuse("This user belongs to another team; an admin can move them");
}
