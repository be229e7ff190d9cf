import { auditedTransaction } from "../audit";
import { db, type AiProviderChoice, type Prisma } from "@harbor/db";
import { LRUCache } from "lru-cache";
import type { Actor } from "../../access/actor";
import { maskSecret, sealSecret } from "../../security/secret-box";

// An organization's AI settings. Organizations that never saved any get the defaults below; the
// row is created on the first update. The provider key leaves this module only masked.

export const aiFeatures = ["chat", "insights", "compose", "analyzeMessage", "query", "mapHeaders"] as const;
export type AiFeature = (typeof aiFeatures)[number];
export type AiFeatureSwitches = Record<AiFeature, boolean>;

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 20;

export interface AiSettingsView {
  provider: AiProviderChoice;
  model: string | null;
  apiKeyMasked: string | null;
  hasApiKey: boolean;
  temperature: number;
  maxTokens: number;
  features: AiFeatureSwitches;
  blockedTopics: string[];
  rateLimitPerMinute: number;
  updatedAt: Date | null;
}

/** What the provider resolver needs, sealed key included; never returned to a client. */
export interface AiRuntimeSettings extends Omit<AiSettingsView, "apiKeyMasked" | "hasApiKey" | "updatedAt"> {
  apiKeyEncrypted: string | null;
}

const allOn = Object.fromEntries(aiFeatures.map((feature) => [feature, true])) as AiFeatureSwitches;

const defaults: AiRuntimeSettings = {
  provider: "gemini",
  model: null,
  apiKeyEncrypted: null,
  temperature: 0.7,
  maxTokens: 1000,
  features: allOn,
  blockedTopics: [],
  rateLimitPerMinute: DEFAULT_RATE_LIMIT_PER_MINUTE,
};

const settingsSelect = {
  provider: true,
  model: true,
  apiKeyEncrypted: true,
  apiKeyLast4: true,
  temperature: true,
  maxTokens: true,
  features: true,
  blockedTopics: true,
  rateLimitPerMinute: true,
  updatedAt: true,
} satisfies Prisma.AiSettingsSelect;

type SettingsRow = Prisma.AiSettingsGetPayload<{ select: typeof settingsSelect }>;

function featuresOf(stored: Prisma.JsonValue | undefined): AiFeatureSwitches {
  const value = stored && typeof stored === "object" && !Array.isArray(stored) ? stored : {};
  return Object.fromEntries(aiFeatures.map((feature) => [feature, value[feature] !== false])) as AiFeatureSwitches;
}

function toRuntime(row: SettingsRow | null): AiRuntimeSettings {
  if (!row) return defaults;
  return {
    provider: row.provider,
    model: row.model,
    apiKeyEncrypted: row.apiKeyEncrypted,
    temperature: Number(row.temperature),
    maxTokens: row.maxTokens,
    features: featuresOf(row.features),
    blockedTopics: row.blockedTopics,
    rateLimitPerMinute: row.rateLimitPerMinute,
  };
}

function toView(row: SettingsRow | null): AiSettingsView {
  const { apiKeyEncrypted: _sealed, ...runtime } = toRuntime(row);
  return { ...runtime, apiKeyMasked: maskSecret(row?.apiKeyLast4), hasApiKey: Boolean(row?.apiKeyEncrypted), updatedAt: row?.updatedAt ?? null };
}

// Every AI request reads its organization's settings; they are kept for a few seconds, as actors
// are (services/auth/actor-cache.ts). An update here drops the entry at once; another process
// sees it within SETTINGS_TTL_MS.
export const SETTINGS_TTL_MS = 5_000;
const runtimeCache = new LRUCache<string, AiRuntimeSettings>({ max: 5_000, ttl: SETTINGS_TTL_MS, ttlResolution: 0, perf: { now: () => performance.now() } });

export async function loadAiRuntimeSettings(organizationId: string): Promise<AiRuntimeSettings> {
  const cached = runtimeCache.get(organizationId);
  if (cached) return cached;
  const settings = toRuntime(await db.aiSettings.findUnique({ where: { organizationId }, select: settingsSelect }));
  runtimeCache.set(organizationId, settings);
  return settings;
}

export async function getAiSettings({ actor }: { actor: Actor }): Promise<AiSettingsView> {
  return toView(await db.aiSettings.findUnique({ where: { organizationId: actor.organizationId }, select: settingsSelect }));
}

export interface AiSettingsChanges {
  provider?: AiProviderChoice;
  model?: string | null;
  /** A new key replaces the stored one; null removes it; undefined keeps it. */
  apiKey?: string | null;
  temperature?: number;
  maxTokens?: number;
  features?: Partial<AiFeatureSwitches>;
  blockedTopics?: string[];
  rateLimitPerMinute?: number;
}

export async function updateAiSettings({ actor, ...changes }: AiSettingsChanges & { actor: Actor }): Promise<AiSettingsView> {
  const { organizationId } = actor;
  const current = toRuntime(await db.aiSettings.findUnique({ where: { organizationId }, select: settingsSelect }));
  const key =
    changes.apiKey === undefined
      ? {}
      : changes.apiKey === null
        ? { apiKeyEncrypted: null, apiKeyLast4: null }
        : { apiKeyEncrypted: sealSecret(changes.apiKey), apiKeyLast4: changes.apiKey.slice(-4) };
  const data = {
    ...(changes.provider ? { provider: changes.provider } : {}),
    ...(changes.model !== undefined ? { model: changes.model } : {}),
    ...(changes.temperature !== undefined ? { temperature: changes.temperature } : {}),
    ...(changes.maxTokens !== undefined ? { maxTokens: changes.maxTokens } : {}),
    ...(changes.blockedTopics ? { blockedTopics: [...new Set(changes.blockedTopics)] } : {}),
    ...(changes.rateLimitPerMinute !== undefined ? { rateLimitPerMinute: changes.rateLimitPerMinute } : {}),
    features: { ...current.features, ...changes.features },
    updatedById: actor.kind === "user" ? actor.userId : null,
    ...key,
  };
  const row = await auditedTransaction((tx) => tx.aiSettings.upsert({
    where: { organizationId },
    create: { organizationId, ...data },
    update: data,
    select: settingsSelect,
  }));
  runtimeCache.delete(organizationId);
  return toView(row);
}
