import { createHash, randomBytes } from "node:crypto";
import { db, type ApiKeyScope, type Prisma } from "@harbor/db";
import { toUserActor, type UserActor } from "../../access/actor";
import { hasPermission } from "../../access/permissions";
import { requireId } from "../../access/organization-scope";
import { AppError, fieldError, notFound } from "../../errors";
import { auditedTransaction } from "../audit/audited-transaction";
import { readModelList } from "../pagination";
import { containsText } from "../text-search";
import { accountPendingOf, actingUserSelect } from "./account-pending";
import { cachedActor, forgetApiKeyActor } from "./actor-cache";

// API keys: `hbr_` + 32 random bytes. Only a SHA-256 of the key is stored; the key itself is
// returned once, at creation. Keys act as their user, with the user's role narrowed by the key's
// scope (read: queries only; write: everything the user may do; admin: also mint keys), and stop
// working when revoked, past their expiry, or when the user is deactivated or changes password.

const KEY_PREFIX = "hbr_";
const DISPLAY_PREFIX_LENGTH = KEY_PREFIX.length + 8;
// lastUsedAt is advisory; writing it at most once a minute keeps reads from turning into writes.
const LAST_USED_RESOLUTION_MS = 60_000;

export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");

const apiKeySelect = {
  id: true,
  name: true,
  prefix: true,
  scope: true,
  expiresAt: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  user: { select: { id: true, email: true, name: true } },
} as const;

export interface CreateApiKeyInput {
  actor: UserActor;
  name: string;
  /** Defaults to write. */
  scope?: ApiKeyScope;
  expiresAt?: Date | null;
}

export async function createApiKey({ actor, name, scope = "write", expiresAt }: CreateApiKeyInput) {
  if (actor.via === "api_key" && actor.apiKeyScope !== "admin") {
    throw new AppError("FORBIDDEN", "Only a key with the admin scope can create API keys");
  }
  if (expiresAt && expiresAt.getTime() <= Date.now()) throw fieldError("expiresAt", "must be in the future");
  const key = KEY_PREFIX + randomBytes(32).toString("base64url");
  const apiKey = await auditedTransaction((tx) => tx.apiKey.create({
    data: {
      organizationId: actor.organizationId,
      userId: actor.userId,
      name,
      scope,
      expiresAt: expiresAt ?? null,
      prefix: key.slice(0, DISPLAY_PREFIX_LENGTH),
      keyHash: hashApiKey(key),
    },
    select: apiKeySelect,
  }));
  return { apiKey, key };
}

export interface ListApiKeysInput {
  actor: UserActor;
  cursor?: string;
  limit: number;
  /** Matches the key's name or its displayed prefix. */
  search?: string;
  includeRevoked?: boolean;
}

/** Your own keys; an admin sees every key of the organization. */
export async function listApiKeys({ actor, cursor, limit, search, includeRevoked = false }: ListApiKeysInput) {
  const where: Prisma.ApiKeyWhereInput = {
    organizationId: requireId(actor.organizationId, "organizationId"),
    ...(hasPermission(actor.role, "users:manage") ? {} : { userId: requireId(actor.userId, "userId") }),
    ...(includeRevoked ? {} : { revokedAt: null }),
    ...(search ? { OR: [{ name: containsText(search) }, { prefix: containsText(search) }] } : {}),
  };
  // Newest first, along the (organization_id, created_at DESC) index.
  return readModelList({ model: db.apiKey, select: apiKeySelect, where, cursor, limit, search });
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
  const revoked = await auditedTransaction((tx) => tx.apiKey.update({
    where: { id: existing.id },
    data: { revokedAt: existing.revokedAt ?? new Date() },
    select: apiKeySelect,
  }));
  await forgetApiKeyActor(existing.id);
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
      scope: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: actingUserSelect },
    },
  });
  if (!apiKey || apiKey.revokedAt || apiKey.user.status !== "active") return null;
  if (apiKey.expiresAt && apiKey.expiresAt.getTime() <= Date.now()) return null;

  const now = Date.now();
  if (!apiKey.lastUsedAt || now - apiKey.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: new Date(now) } });
  }
  return toUserActor(apiKey.user, "api_key", { apiKeyId: apiKey.id, apiKeyScope: apiKey.scope, pending: accountPendingOf(apiKey.user) });
}
