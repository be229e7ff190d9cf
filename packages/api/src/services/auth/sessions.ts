import { db, type Prisma } from "@harbor/db";
import { toUserActor, type UserActor } from "../../access/actor";
import { requireId } from "../../access/organization-scope";
import { notFound } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { readModelList } from "../pagination";
import { accountPendingOf, actingUserSelect } from "./account-pending";
import { cachedActor, forgetSessionActor, forgetUserActors } from "./actor-cache";

// Server-side sessions. The JWT in the cookie names an auth_sessions row; every request resolves
// that row (through the actor cache) and is refused once it is revoked, expired, or older than its
// user's sessionVersion — a password change, a reset or a deactivation bumps the version and so
// ends every session at once, in every process, within the cache's few seconds.

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
// lastSeenAt is advisory; writing it at most once a minute keeps reads from turning into writes.
const LAST_SEEN_RESOLUTION_MS = 60_000;

export interface NewSession {
  userId: string;
  organizationId: string;
  sessionVersion: number;
  ip: string | null;
  userAgent: string | null;
}

export async function createSession(session: NewSession, writer: Pick<Prisma.TransactionClient, "authSession"> = db): Promise<string> {
  const { id } = await writer.authSession.create({
    data: { ...session, userAgent: session.userAgent?.slice(0, 500) ?? null, expiresAt: new Date(Date.now() + SESSION_TTL_MS) },
    select: { id: true },
  });
  return id;
}

/** The actor behind a session id from the JWT; null once the session ended or the user is inactive. */
export function loadSessionActor(sessionId: string): Promise<UserActor | null> {
  return cachedActor(`session:${sessionId}`, () => readSessionActor(sessionId));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function readSessionActor(sessionId: string): Promise<UserActor | null> {
  if (!UUID.test(sessionId)) return null;
  const session = await db.authSession.findUnique({
    where: { id: sessionId },
    select: { id: true, sessionVersion: true, expiresAt: true, revokedAt: true, lastSeenAt: true, user: { select: actingUserSelect } },
  });
  const now = Date.now();
  if (!session || session.revokedAt || session.expiresAt.getTime() <= now) return null;
  const { user } = session;
  if (user.status !== "active" || user.sessionVersion !== session.sessionVersion) return null;
  if (now - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.authSession.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  return toUserActor(user, "session", { sessionId: session.id, pending: accountPendingOf(user) });
}

/** A user's actor without a session (the operator CLI acting for a user); null when inactive. */
export async function loadUserActor(userId: string): Promise<UserActor | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: actingUserSelect });
  if (!user || user.status !== "active") return null;
  return toUserActor(user, "session", { pending: accountPendingOf(user) });
}

const sessionSelect = { id: true, createdAt: true, lastSeenAt: true, userAgent: true, ip: true, expiresAt: true } as const;

const activeSessionsOf = (userId: string): Prisma.AuthSessionWhereInput => ({
  userId: requireId(userId, "userId"),
  revokedAt: null,
  expiresAt: { gt: new Date() },
});

/** The actor's own open sessions, newest first; `current` marks the one making the request. */
export async function listSessions({ actor, cursor, limit }: { actor: UserActor; cursor?: string; limit: number }) {
  const page = await readModelList({ model: db.authSession, select: sessionSelect, where: activeSessionsOf(actor.userId), cursor, limit });
  return { ...page, items: page.items.map((session) => ({ ...session, current: session.id === actor.sessionId })) };
}

export async function revokeSession({ actor, id }: { actor: UserActor; id: string }) {
  const { count } = await db.authSession.updateMany({ where: { id: requireId(id), ...activeSessionsOf(actor.userId) }, data: { revokedAt: new Date() } });
  if (count === 0) throw notFound("Session");
  await forgetSessionActor(id);
  return { id };
}

/** Ends every other session of the actor (all of them when called with an API key). */
export async function revokeAllSessions({ actor }: { actor: UserActor }) {
  const { count } = await db.authSession.updateMany({
    where: { ...activeSessionsOf(actor.userId), ...(actor.sessionId ? { id: { not: actor.sessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  await forgetUserActors(actor.userId);
  return { revoked: count };
}

/**
 * Ends every session and API key of a user at once (password change or reset, deactivation):
 * bumps the session version and revokes the rows, inside the caller's transaction. `keepSessionId`
 * carries the session making a password change over to the new version. Call `forgetUserActors`
 * after the transaction commits.
 */
export async function endAllSessions(tx: Prisma.TransactionClient, userId: string, { keepSessionId }: { keepSessionId?: string } = {}) {
  const now = new Date();
  const { sessionVersion } = await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  await tx.authSession.updateMany({ where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) }, data: { revokedAt: now } });
  if (keepSessionId) await tx.authSession.updateMany({ where: { id: keepSessionId, userId, revokedAt: null }, data: { sessionVersion } });
  await tx.apiKey.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}

/** Sign-out: the session ends server-side too, so a copied cookie stops working. */
export async function signOutSession(sessionId: string): Promise<void> {
  if (!UUID.test(sessionId)) return;
  const session = await db.authSession.findUnique({ where: { id: sessionId }, select: { id: true, revokedAt: true, user: { select: actingUserSelect } } });
  if (!session || session.revokedAt) return;
  await db.$transaction(async (tx) => {
    await tx.authSession.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { actor: toUserActor(session.user, "session", { sessionId }), action: "auth.signOut", entityType: "auth_session", entityId: sessionId });
  });
  await forgetSessionActor(sessionId);
}
