import { AiServiceError, createGeminiProvider, createOfflineProvider, readAiEnv, type AiProvider } from "@harbor/ai";
import { RateLimiterRes } from "rate-limiter-flexible";
import { RateLimiterPostgres } from "../../security/rate-limiter-store";
import type { Actor } from "../../access/actor";
import { AppError } from "../../errors";
import { openSecret } from "../../security/secret-box";
import { loadAiRuntimeSettings, type AiFeature, type AiRuntimeSettings } from "./ai-settings";

// Everything an AI request goes through before the model: the organization's settings, the
// feature switch, the per-user rate limit, and which provider answers: the organization's own
// key (Gemini, the organization's model), else GEMINI_API_KEY from the environment, else the
// offline provider. Model failures leave as AI_SERVICE_ERROR, never as a 500.

// The SDK retries 429/5xx itself; 3 attempts with 1-2 s then 2-4 s of backoff keep the wait
// under 10 s in all before the user sees the error.
const RETRY = { attempts: 3, initialDelayMs: 1_000, maxDelayMs: 4_000 };
const REQUEST_TIMEOUT_MS = 30_000;

const featureLabels: Record<AiFeature, string> = {
  chat: "Copilot chat",
  insights: "AI insights",
  compose: "Smart compose",
  analyzeMessage: "Message analysis",
  query: "Natural-language query",
  mapHeaders: "AI header mapping",
};

export interface AiRuntime {
  provider: AiProvider;
  settings: AiRuntimeSettings;
  /** Secrets the model must never echo back: the provider key in use. */
  secrets: string[];
}

const limiters = new Map<number, RateLimiterPostgres>();

function limiterFor(pointsPerMinute: number): RateLimiterPostgres {
  let limiter = limiters.get(pointsPerMinute);
  if (!limiter) {
    // One statement a request (see rate-limiter-store.ts).
    limiter = new RateLimiterPostgres({
      keyPrefix: `ai-${pointsPerMinute}`,
      points: pointsPerMinute,
      duration: 60,
      clearExpiredByTimeout: false,
    });
    limiters.set(pointsPerMinute, limiter);
  }
  return limiter;
}

async function consumeAiRequest(actor: Actor, perMinute: number): Promise<void> {
  // The limit is per user; a job acting as the system bounds its own batch instead.
  if (actor.kind === "system") return;
  try {
    await limiterFor(perMinute).consume(actor.userId);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new AppError("RATE_LIMITED", `Too many AI requests: the limit is ${perMinute} a minute. Try again in ${retryAfterSeconds} s.`, {
        retryAfterSeconds,
      });
    }
    throw rejection;
  }
}

function providerFor(settings: AiRuntimeSettings): { provider: AiProvider; secrets: string[] } {
  if (settings.provider === "offline") return { provider: createOfflineProvider(), secrets: [] };
  const env = readAiEnv();
  const orgKey = settings.apiKeyEncrypted ? openSecret(settings.apiKeyEncrypted) : undefined;
  const apiKey = orgKey ?? env.GEMINI_API_KEY;
  if (!apiKey) return { provider: createOfflineProvider(), secrets: [] };
  const model = (orgKey ? settings.model : undefined) ?? env.GEMINI_MODEL;
  const provider = createGeminiProvider({
    apiKey,
    model,
    retry: RETRY,
    timeoutMs: REQUEST_TIMEOUT_MS,
    ...(env.GEMINI_BASE_URL ? { baseUrl: env.GEMINI_BASE_URL } : {}),
  });
  return { provider, secrets: [apiKey] };
}

/** Checks the feature switch and the rate limit, then picks the provider. */
export async function openAiRuntime(actor: Actor, feature: AiFeature): Promise<AiRuntime> {
  const settings = await loadAiRuntimeSettings(actor.organizationId);
  if (!settings.features[feature]) {
    throw new AppError("FORBIDDEN", `${featureLabels[feature]} is turned off for your organization (Settings → AI).`);
  }
  await consumeAiRequest(actor, settings.rateLimitPerMinute);
  return { ...providerFor(settings), settings };
}

/** Runs a model call; its failures become AI_SERVICE_ERROR with the provider's reason. */
export async function callModel<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AiServiceError) {
      const hint = error.retryable ? " The AI service is busy or unavailable; try again shortly." : "";
      throw new AppError("AI_SERVICE_ERROR", `${error.message}.${hint}`);
    }
    throw error;
  }
}
