import { db } from "@harbor/db";
import { verifyDecoyPassword, verifyPassword } from "@harbor/db/password";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/record-audit";

// Sign-in attempts are limited per email + IP (spec 001: 5 attempts per 15 minutes). The counter
// lives in Postgres so every web instance shares it; a successful sign-in clears it.

export const SIGN_IN_ATTEMPTS = 5;
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;

let limiter: RateLimiterPrisma | undefined;

function signInLimiter(): RateLimiterPrisma {
  return (limiter ??= new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix: "sign-in",
    points: SIGN_IN_ATTEMPTS,
    duration: SIGN_IN_WINDOW_SECONDS,
    clearExpiredByTimeout: false,
  }));
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export interface SignInInput {
  email: string;
  password: string;
  ip: string | null;
}

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: string;
  organizationId: string;
}

/** Returns the user for valid credentials, null for invalid ones; throws RATE_LIMITED past the limit. */
export async function signIn({ email, password, ip }: SignInInput): Promise<SignedInUser | null> {
  const normalized = normalizeEmail(email);
  const limiterKey = `${normalized}|${ip ?? "unknown"}`;

  try {
    await signInLimiter().consume(limiterKey);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.ceil(rejection.msBeforeNext / 1000);
      throw new AppError("RATE_LIMITED", `Too many sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, {
        retryAfterSeconds,
      });
    }
    throw rejection;
  }

  const user = await db.user.findUnique({
    where: { email: normalized },
    select: { id: true, email: true, name: true, role: true, status: true, organizationId: true, passwordHash: true },
  });
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyDecoyPassword(password);
  if (!user || !valid || user.status !== "active") return null;

  await signInLimiter().delete(limiterKey);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAudit(tx, {
      actor: { kind: "user", userId: user.id, organizationId: user.organizationId, role: user.role, teamId: null, email: user.email, name: user.name, via: "session" },
      action: "auth.signIn",
      entityType: "user",
      entityId: user.id,
      changes: { ip },
    });
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, organizationId: user.organizationId };
}
