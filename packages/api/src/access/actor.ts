import type { ApiKeyScope, Role } from "@harbor/db";

/**
 * A step the account must take before it may act: verify its email (self sign-up), or enroll in
 * MFA (an admin of an organization that requires it). Only account procedures (`accountProcedure`)
 * serve an actor with a pending step; every other procedure refuses it with FORBIDDEN.
 */
export type AccountPending = "email_verification" | "mfa_enrollment";

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
  /** read: queries only; write: what the user may do; admin: also mint keys. */
  apiKeyScope?: ApiKeyScope;
  /** The server-side session (auth_sessions) a signed-in request belongs to. */
  sessionId?: string;
  pending?: AccountPending;
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

export type ActorCredential = Pick<UserActor, "apiKeyId" | "apiKeyScope" | "sessionId" | "pending">;

/** The one way a user row becomes an actor, whether it came from a session or an API key. */
export function toUserActor(user: ActingUser, via: UserActor["via"], credential: ActorCredential = {}): UserActor {
  return {
    kind: "user",
    userId: user.id,
    organizationId: user.organizationId,
    role: user.role,
    teamId: user.teamId,
    email: user.email,
    name: user.name,
    via,
    ...Object.fromEntries(Object.entries(credential).filter(([, value]) => value !== undefined)),
  };
}

export function systemActor(organizationId: string, reason: string): SystemActor {
  return { kind: "system", organizationId, reason };
}
