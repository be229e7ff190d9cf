import { db } from "@harbor/db";
import { verifyDecoyPassword, verifyPassword } from "@harbor/db/password";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { toUserActor } from "../../access/actor";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/record-audit";

// Sign-in attempts are limited per email + IP (spec 001: 5 attempts per 15 minutes), and per
// email alone at a higher ceiling, because a client can claim any X-Forwarded-For and so rotate
// "IPs". Counters live in Postgres so every web instance shares them; a successful sign-in
// clears them.

export const SIGN_IN_ATTEMPTS = 5;
export const SIGN_IN_ATTEMPTS_PER_EMAIL = 20;
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;

let limiters: { perEmailAndIp: RateLimiterPrisma; perEmail: RateLimiterPrisma } | undefined;

function signInLimiters() {
  const limiter = (keyPrefix: string, points: number) =>
    new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix,
      points,
      duration: SIGN_IN_WINDOW_SECONDS,
      clearExpiredByTimeout: false,
    });
  return (limiters ??= {
    perEmailAndIp: limiter("sign-in", SIGN_IN_ATTEMPTS),
    perEmail: limiter("sign-in-email", SIGN_IN_ATTEMPTS_PER_EMAIL),
  });
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

  const { perEmailAndIp, perEmail } = signInLimiters();
  try {
    await perEmailAndIp.consume(limiterKey);
    await perEmail.consume(normalized);
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

  await Promise.all([perEmailAndIp.delete(limiterKey), perEmail.delete(normalized)]);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAudit(tx, {
      actor: toUserActor({ ...user, teamId: null }, "session"),
      action: "auth.signIn",
      entityType: "user",
      entityId: user.id,
      changes: { ip },
    });
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, organizationId: user.organizationId };
}
