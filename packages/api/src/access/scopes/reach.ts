import type { Actor } from "../actor";
import { organizationScope } from "../organization-scope";

// Record-level rules, applied in the data layer: every list/get/update of a scoped record builds
// its `where` (or its SQL) from a rule in this folder, so a forgotten filter cannot leak another
// organization's or another agent's records. A record outside the scope is simply not found.
//
// The role switch, written once. Every rule in this folder is a rendering of this reach:
//
//   admin, compliance, viewer  organization  the whole organization (viewers are read-only by permission)
//   system                     organization  the whole organization of the job or webhook
//   manager                    team          themselves and their team (themselves alone without a team)
//   agent                      self          themselves

export type Reach =
  | { kind: "organization"; organizationId: string }
  | { kind: "team"; organizationId: string; userId: string; teamId: string }
  | { kind: "self"; organizationId: string; userId: string; teamId: string | null };

export function reachOf(actor: Actor): Reach {
  const { organizationId } = organizationScope(actor);
  if (actor.kind === "system") return { kind: "organization", organizationId };
  switch (actor.role) {
    case "admin":
    case "compliance":
    case "viewer":
      return { kind: "organization", organizationId };
    case "manager":
      return actor.teamId
        ? { kind: "team", organizationId, userId: actor.userId, teamId: actor.teamId }
        : { kind: "self", organizationId, userId: actor.userId, teamId: null };
    case "agent":
      return { kind: "self", organizationId, userId: actor.userId, teamId: actor.teamId };
  }
}
