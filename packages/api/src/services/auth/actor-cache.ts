import { LRUCache } from "lru-cache";
import type { UserActor } from "../../access/actor";

// Every request resolves its credential (a session's user id, an API key) to an actor: the user's
// role, team and status, read from the database. A script or a busy screen sends many requests in
// a row with the same credential, so the answer is kept for a few seconds and reused.
//
// Changes made through Harbor drop the entries they affect at once: revoking a key, changing a
// user's role, team or status, team membership. Another process (a second web instance) sees such
// a change within ACTOR_TTL_MS. Unknown or refused credentials are never cached: a key that fails
// keeps failing, and a key created a moment ago works at once.

export const ACTOR_TTL_MS = 5_000;

// The clock is read through the global at each call (not captured once), so tests can move it.
const actors = new LRUCache<string, UserActor>({ max: 10_000, ttl: ACTOR_TTL_MS, ttlResolution: 0, perf: { now: () => performance.now() } });

/** The cached actor for a credential, or the one `load` finds (cached when it finds one). */
export async function cachedActor(credential: string, load: () => Promise<UserActor | null>): Promise<UserActor | null> {
  const cached = actors.get(credential);
  if (cached) return cached;
  const actor = await load();
  if (actor) actors.set(credential, actor);
  return actor;
}

function forgetWhere(matches: (actor: UserActor) => boolean) {
  for (const [credential, actor] of actors.entries()) {
    if (matches(actor)) actors.delete(credential);
  }
}

/** After a user's role, team or status changed. */
export function forgetUserActors(userId: string) {
  forgetWhere((actor) => actor.userId === userId);
}

/** After a change that touches many users of an organization at once (a team deleted). */
export function forgetOrganizationActors(organizationId: string) {
  forgetWhere((actor) => actor.organizationId === organizationId);
}

/** After a session was revoked or ended. */
export function forgetSessionActor(sessionId: string) {
  forgetWhere((actor) => actor.sessionId === sessionId);
}

/** After an API key was revoked. */
export function forgetApiKeyActor(apiKeyId: string) {
  forgetWhere((actor) => actor.apiKeyId === apiKeyId);
}
