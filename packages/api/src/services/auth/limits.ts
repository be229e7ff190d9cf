import { db } from "@harbor/db";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { apiEnv } from "../../env";
import { AppError } from "../../errors";

// Every limit of account security, in one place. Counters that protect accounts live in Postgres
// (RateLimiterPrisma), so every web instance shares them; a window is short (no permanent lock:
// the owner can try again once it passes) and expired rows are purged on write.

const MINUTE = 60;

/** Spec 001: 5 failed sign-ins per account in 15 minutes, from whatever address they come. */
export const SIGN_IN_ATTEMPTS_PER_ACCOUNT = 5;
export const SIGN_IN_WINDOW_SECONDS = 15 * MINUTE;
/** One address trying many accounts. */
export const SIGN_IN_ATTEMPTS_PER_ADDRESS = 50;
export const SIGN_UPS_PER_ADDRESS_PER_HOUR = 20;
export const RESET_REQUESTS_PER_EMAIL_PER_HOUR = 3;
export const RESET_REQUESTS_PER_ADDRESS_PER_HOUR = 20;

interface Limit {
  keyPrefix: string;
  points: number;
  durationSeconds: number;
  /** What the refusal says is limited, e.g. "sign-in attempts". */
  what: string;
}

const limitDefinitions = {
  signInAccount: { keyPrefix: "sign-in-account", points: SIGN_IN_ATTEMPTS_PER_ACCOUNT, durationSeconds: SIGN_IN_WINDOW_SECONDS, what: "sign-in attempts" },
  signInAddress: { keyPrefix: "sign-in-address", points: SIGN_IN_ATTEMPTS_PER_ADDRESS, durationSeconds: SIGN_IN_WINDOW_SECONDS, what: "sign-in attempts" },
  signUpAddress: { keyPrefix: "sign-up-address", points: SIGN_UPS_PER_ADDRESS_PER_HOUR, durationSeconds: 60 * MINUTE, what: "sign-ups" },
  resetEmail: { keyPrefix: "reset-email", points: RESET_REQUESTS_PER_EMAIL_PER_HOUR, durationSeconds: 60 * MINUTE, what: "password reset requests" },
  resetAddress: { keyPrefix: "reset-address", points: RESET_REQUESTS_PER_ADDRESS_PER_HOUR, durationSeconds: 60 * MINUTE, what: "password reset requests" },
} satisfies Record<string, Limit>;

export type LimitName = keyof typeof limitDefinitions;

const limiters = new Map<LimitName, RateLimiterPrisma>();

function limiterFor(name: LimitName): RateLimiterPrisma {
  let limiter = limiters.get(name);
  if (!limiter) {
    const { keyPrefix, points, durationSeconds } = limitDefinitions[name];
    limiter = new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix, points, duration: durationSeconds, clearExpiredByTimeout: false });
    limiters.set(name, limiter);
  }
  return limiter;
}

const PURGE_INTERVAL_MS = 60_000;
let lastPurgeAt = 0;

/** Deletes counters whose window has passed; runs at most once a minute per process, on write. */
export async function purgeExpiredLimits(now = Date.now()): Promise<number> {
  lastPurgeAt = now;
  const { count } = await db.rateLimit.deleteMany({ where: { expire: { lt: new Date(now) } } });
  return count;
}

function rateLimited(what: string, rejection: RateLimiterRes): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  const wait = retryAfterSeconds >= 90 ? `${Math.ceil(retryAfterSeconds / 60)} minutes` : `${retryAfterSeconds} seconds`;
  return new AppError("RATE_LIMITED", `Too many ${what}. Try again in ${wait}.`, { retryAfterSeconds });
}

async function consumeOn(limiter: RateLimiterAbstract, key: string, what: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw rateLimited(what, rejection);
    throw rejection;
  }
}

/** Counts one attempt against a limit; throws RATE_LIMITED once the window's points are spent. */
export async function consumeLimit(name: LimitName, key: string): Promise<void> {
  if (Date.now() - lastPurgeAt > PURGE_INTERVAL_MS) await purgeExpiredLimits();
  await consumeOn(limiterFor(name), key, limitDefinitions[name].what);
}

/** Forgets an account's count (after a successful sign-in or a password reset). */
export async function clearLimit(name: LimitName, key: string): Promise<void> {
  await limiterFor(name).delete(key);
}

// API keys are checked on every request, so their limit is counted in memory: per web instance,
// without a database write per call.
let apiKeyLimiter: { points: number; limiter: RateLimiterMemory } | undefined;

export async function consumeApiKeyRequest(apiKeyId: string): Promise<void> {
  const points = apiEnv().API_KEY_RATE_LIMIT_PER_MINUTE;
  if (apiKeyLimiter?.points !== points) apiKeyLimiter = { points, limiter: new RateLimiterMemory({ keyPrefix: "api-key", points, duration: MINUTE }) };
  await consumeOn(apiKeyLimiter.limiter, apiKeyId, "requests with this API key");
}
