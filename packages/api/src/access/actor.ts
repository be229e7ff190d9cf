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

export function systemActor(organizationId: string, reason: string): SystemActor {
  return { kind: "system", organizationId, reason };
}
