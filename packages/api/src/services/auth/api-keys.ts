import { createHash, randomBytes } from "node:crypto";
import { db } from "@harbor/db";
import { toUserActor, type UserActor } from "../../access/actor";
import { hasPermission } from "../../access/permissions";
import { requireId } from "../../access/organization-scope";
import { notFound } from "../../errors";
import { cachedActor, forgetApiKeyActor } from "./actor-cache";

// API keys: `hbr_` + 32 random bytes. Only a SHA-256 of the key is stored; the key itself is
// returned once, at creation. Keys act as their user, with the user's role, and stop working
// when revoked or when the user is deactivated.

const KEY_PREFIX = "hbr_";
const DISPLAY_PREFIX_LENGTH = KEY_PREFIX.length + 8;
// lastUsedAt is advisory; writing it at most once a minute keeps reads from turning into writes.
const LAST_USED_RESOLUTION_MS = 60_000;

export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");

const apiKeySelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  user: { select: { id: true, email: true, name: true } },
} as const;

export async function createApiKey({ actor, name }: { actor: UserActor; name: string }) {
  const key = KEY_PREFIX + randomBytes(32).toString("base64url");
  const apiKey = await db.apiKey.create({
    data: {
      organizationId: actor.organizationId,
      userId: actor.userId,
      name,
      prefix: key.slice(0, DISPLAY_PREFIX_LENGTH),
      keyHash: hashApiKey(key),
    },
    select: apiKeySelect,
  });
  return { apiKey, key };
}

/** Your own keys; an admin sees every key of the organization. */
export async function listApiKeys({ actor, includeRevoked = false }: { actor: UserActor; includeRevoked?: boolean }) {
  const items = await db.apiKey.findMany({
    where: {
      organizationId: actor.organizationId,
      ...(hasPermission(actor.role, "users:manage") ? {} : { userId: actor.userId }),
      ...(includeRevoked ? {} : { revokedAt: null }),
    },
    select: apiKeySelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return { items };
}

export async function revokeApiKey({ actor, id }: { actor: UserActor; id: string }) {
  const existing = await db.apiKey.findFirst({
    where: {
      id: requireId(id),
      organizationId: actor.organizationId,
      ...(hasPermission(actor.role, "users:manage") ? {} : { userId: actor.userId }),
    },
    select: { id: true, revokedAt: true },
  });
  if (!existing) throw notFound("API key");
  const revoked = await db.apiKey.update({
    where: { id: existing.id },
    data: { revokedAt: existing.revokedAt ?? new Date() },
    select: apiKeySelect,
  });
  forgetApiKeyActor(existing.id);
  return revoked;
}

/**
 * Resolves a bearer key to the user it acts for, or null when unknown, revoked or the user is
 * inactive. Answers are reused for a few seconds (see actor-cache).
 */
export async function authenticateApiKey(key: string): Promise<UserActor | null> {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const keyHash = hashApiKey(key);
  return cachedActor(`api-key:${keyHash}`, () => loadApiKeyActor(keyHash));
}

async function loadApiKeyActor(keyHash: string): Promise<UserActor | null> {
  const apiKey = await db.apiKey.findUnique({
    where: { keyHash },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, organizationId: true, role: true, teamId: true, email: true, name: true, status: true } },
    },
  });
  if (!apiKey || apiKey.revokedAt || apiKey.user.status !== "active") return null;

  const now = Date.now();
  if (!apiKey.lastUsedAt || now - apiKey.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: new Date(now) } });
  }
  return toUserActor(apiKey.user, "api_key", apiKey.id);
}
