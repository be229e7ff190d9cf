import type { UserActor } from "../access/actor";

/** A user actor for the scope rules' unit tests. */
export function testActor(role: UserActor["role"], teamId: string | null = "team-1"): UserActor {
  return {
    kind: "user",
    userId: "user-1",
    organizationId: "org-1",
    role,
    teamId,
    email: "someone@harbor.local",
    name: "Someone",
    via: "session",
  };
}
