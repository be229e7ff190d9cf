import { LRUCache } from "lru-cache";
import type { UserActor } from "../../access/actor";
import { announceActorInvalidation } from "../../cluster/actor-sync";

// Every request resolves its credential (a server-side session, an API key) to an actor: the user's
// role, team and status, read from the database. A script or a busy screen sends many requests in
// a row with the same credential, so the answer is kept for a few seconds and reused.
//
// Changes made through Harbor drop the entries they affect at once, in every instance: revoking a
// key, ending a session, changing a user's role, team or status, team membership call `invalidateActors`, which
// forgets them here and tells the other processes through Postgres NOTIFY (cluster/actor-sync.ts;
// each web/API process LISTENs). Unknown or refused credentials are never cached: a key that fails
// keeps failing, and a key created a moment ago works at once.

export const ACTOR_TTL_MS = 5_000;

// The clock is read through the global at each call (not captured once), so tests can move it.
// One cache per process, on globalThis: the web server loads this module once for the API and
// Next.js once more in its page bundles, and an invalidation must reach both.
const globalForActors = globalThis as unknown as { harborActorCache?: LRUCache<string, UserActor> };
const actors = (globalForActors.harborActorCache ??= new LRUCache<string, UserActor>({ max: 10_000, ttl: ACTOR_TTL_MS, ttlResolution: 0, perf: { now: () => performance.now() } }));

/** The cached actor for a credential, or the one `load` finds (cached when it finds one). */
export async function cachedActor(credential: string, load: () => Promise<UserActor | null>): Promise<UserActor | null> {
  const cached = actors.get(credential);
  if (cached) return cached;
  const actor = await load();
  if (actor) actors.set(credential, actor);
  return actor;
}

/** Whose cached actors a change makes stale. */
export type ActorInvalidation = { userId: string } | { organizationId: string } | { apiKeyId: string } | { sessionId: string };

/** Drops the matching actors in this process only (what a NOTIFY from another instance does). */
export function forgetActorsHere(target: ActorInvalidation) {
  const matches: (actor: UserActor) => boolean =
    "userId" in target
      ? (actor) => actor.userId === target.userId
      : "organizationId" in target
        ? (actor) => actor.organizationId === target.organizationId
        : "sessionId" in target
          ? (actor) => actor.sessionId === target.sessionId
          : (actor) => actor.apiKeyId === target.apiKeyId;
  for (const [credential, actor] of actors.entries()) {
    if (matches(actor)) actors.delete(credential);
  }
}

/** After a change to who a credential acts as: forgets it here and in every other instance. */
export function invalidateActors(target: ActorInvalidation): Promise<void> {
  forgetActorsHere(target);
  return announceActorInvalidation(target);
}

/** After a user's role, team or status changed (or their sessions were revoked). */
export function forgetUserActors(userId: string): Promise<void> {
  return invalidateActors({ userId });
}

/** After a change that touches many users of an organization at once (a team deleted). */
export function forgetOrganizationActors(organizationId: string): Promise<void> {
  return invalidateActors({ organizationId });
}

/** After a session was revoked or ended. */
export function forgetSessionActor(sessionId: string): Promise<void> {
  return invalidateActors({ sessionId });
}

/** After an API key was revoked. */
export function forgetApiKeyActor(apiKeyId: string): Promise<void> {
  return invalidateActors({ apiKeyId });
}
