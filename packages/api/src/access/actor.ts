import type { Role } from "@harbor/db";

/** Who is acting: a signed-in user, a script holding one of a user's API keys, or the system. */
export interface UserActor {
  kind: "user";
  userId: string;
  organizationId: string;
  role: Role;
  teamId: string | null;
  email: string;
  name: string;
  via: "session" | "api_key";
  apiKeyId?: string;
}

/**
 * Jobs and webhooks act as the system, named so every bypass of record-level rules can be found
 * with `grep systemActor`.
 */
export interface SystemActor {
  kind: "system";
  organizationId: string;
  reason: string;
}

export type Actor = UserActor | SystemActor;

export interface ActingUser {
  id: string;
  organizationId: string;
  role: Role;
  teamId: string | null;
  email: string;
  name: string;
}

/** The one way a user row becomes an actor, whether it came from a session or an API key. */
export function toUserActor(user: ActingUser, via: UserActor["via"], apiKeyId?: string): UserActor {
  return {
    kind: "user",
    userId: user.id,
    organizationId: user.organizationId,
    role: user.role,
    teamId: user.teamId,
    email: user.email,
    name: user.name,
    via,
    ...(apiKeyId ? { apiKeyId } : {}),
  };
}

export function systemActor(organizationId: string, reason: string): SystemActor {
  return { kind: "system", organizationId, reason };
}
