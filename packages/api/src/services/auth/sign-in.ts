import { db } from "@harbor/db";
import { verifyDecoyPassword, verifyPassword } from "@harbor/db/password";
import { toUserActor } from "../../access/actor";
import { recordAudit } from "../audit/record-audit";
import { clearLimit, consumeLimit } from "./limits";
import { verifySecondFactor } from "./mfa";
import { createSession } from "./sessions";

// Sign-in. Every attempt counts against the account (5 in 15 minutes, from any address) and
// against the client's address (many accounts from one place), before the password is checked,
// so parallel guesses cannot outrun the count; a successful sign-in clears the account's count.
// An unknown email costs the same argon2 verification as a known one. With MFA on, a right
// password without a code answers "mfa_required", and a wrong code counts as a failure.

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export interface SignInInput {
  email: string;
  password: string;
  /** A TOTP code or a recovery code, when the account has MFA on. */
  code?: string | null;
  ip: string | null;
  userAgent?: string | null;
}

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: string;
  organizationId: string;
  sessionId: string;
}

export type SignInResult =
  | { status: "signed_in"; user: SignedInUser }
  | { status: "invalid" }
  | { status: "mfa_required" }
  | { status: "mfa_invalid" };

const signInUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  status: true,
  teamId: true,
  organizationId: true,
  passwordHash: true,
  sessionVersion: true,
  mfaSecret: true,
  mfaEnabledAt: true,
  mfaLastTimeStep: true,
} as const;

/** Throws RATE_LIMITED past a limit; otherwise says how the attempt ended. */
export async function signIn({ email, password, code, ip, userAgent = null }: SignInInput): Promise<SignInResult> {
  const normalized = normalizeEmail(email);
  await consumeLimit("signInAccount", normalized);
  if (ip) await consumeLimit("signInAddress", ip);

  const user = await db.user.findUnique({ where: { email: normalized }, select: signInUserSelect });
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyDecoyPassword(password);
  if (!user) return { status: "invalid" };
  const actor = toUserActor(user, "session");
  const fail = async (reason: string, status: "invalid" | "mfa_invalid") => {
    await recordAudit(db, { actor, action: "auth.signInFailed", entityType: "user", entityId: user.id, changes: { ip, reason } });
    return { status };
  };
  if (!valid) return fail("password", "invalid");
  if (user.status !== "active") return fail("deactivated", "invalid");

  let secondFactor: string | null = null;
  if (user.mfaEnabledAt) {
    if (!code) return { status: "mfa_required" };
    secondFactor = await verifySecondFactor(user, code);
    if (!secondFactor) return fail("mfa_code", "mfa_invalid");
  }

  await clearLimit("signInAccount", normalized);
  const sessionId = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    const id = await createSession({ userId: user.id, organizationId: user.organizationId, sessionVersion: user.sessionVersion, ip, userAgent }, tx);
    await recordAudit(tx, { actor, action: "auth.signIn", entityType: "auth_session", entityId: id, changes: { ip, secondFactor } });
    if (secondFactor === "recovery_code") {
      await recordAudit(tx, { actor, action: "auth.mfa.recoveryCodeUsed", entityType: "user", entityId: user.id, changes: { ip } });
    }
    return id;
  });
  return { status: "signed_in", user: { id: user.id, email: user.email, name: user.name, role: user.role, organizationId: user.organizationId, sessionId } };
}
