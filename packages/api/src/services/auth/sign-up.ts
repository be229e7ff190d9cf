import { randomBytes } from "node:crypto";
import { db } from "@harbor/db";
import { hashPassword } from "@harbor/db/password";
import { toUserActor, type UserActor } from "../../access/actor";
import { apiEnv } from "../../env";
import { AppError, isUniqueViolation } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { sendAccountExistsMail, sendVerificationMail } from "./account-mail";
import { forgetUserActors } from "./actor-cache";
import { issueAuthToken, useAuthToken } from "./auth-tokens";
import { consumeLimit } from "./limits";
import { assertPasswordPolicy } from "./password-policy";
import { normalizeEmail } from "./sign-in";

// Self sign-up creates an organization and its first admin, who must verify the email before
// acting. The answer is the same whether or not the email already has an account (its owner gets
// a mail instead), so sign-up cannot be used to find out who uses Harbor. SIGN_UP_ENABLED=false
// makes a deployment invite-only.

export interface SignUpInput {
  organizationName: string;
  name: string;
  email: string;
  password: string;
  ip: string | null;
}

function slugify(name: string): string {
  const base = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return `${base || "agency"}-${randomBytes(3).toString("hex")}`;
}

export async function signUp(input: SignUpInput) {
  if (!apiEnv().SIGN_UP_ENABLED) throw new AppError("FORBIDDEN", "Sign-up is closed on this Harbor. Ask an admin of your agency to add you.");
  await consumeLimit("signUpAddress", input.ip ?? "unknown");
  const email = normalizeEmail(input.email);
  assertPasswordPolicy(input.password, { email });
  const answer = { status: "verification_sent" as const, email };
  // Hashed before the lookup, so both branches cost the same argon2 work.
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email }, select: { organizationId: true, email: true, name: true } });
  if (existing) {
    await sendAccountExistsMail(existing);
    return answer;
  }
  try {
    const { user, token } = await db.$transaction(async (tx) => {
      const organization = await tx.organization.create({
        data: { name: input.organizationName.trim(), slug: slugify(input.organizationName) },
        select: { id: true, name: true },
      });
      const created = await tx.user.create({
        data: { organizationId: organization.id, email, name: input.name.trim(), passwordHash, role: "admin", emailVerifiedAt: null },
        select: { id: true, email: true, name: true, role: true, organizationId: true },
      });
      await recordAudit(tx, {
        actor: toUserActor({ ...created, teamId: null }, "session"),
        action: "auth.signUp",
        entityType: "organization",
        entityId: organization.id,
        changes: { organizationName: organization.name, email },
      });
      return { user: created, token: await issueAuthToken(created.id, "email_verification", tx) };
    });
    await sendVerificationMail(user, token);
  } catch (error) {
    // Two sign-ups racing with one email: the loser gets the same answer.
    if (!isUniqueViolation(error)) throw error;
  }
  return answer;
}

/** Follows a verification link: the account may act from now on. */
export async function verifyEmail({ token }: { token: string }) {
  const user = await db.$transaction(async (tx) => {
    const userId = await useAuthToken(token, "email_verification", tx);
    const verified = await tx.user.update({
      where: { id: userId },
      data: { emailVerifiedAt: new Date() },
      select: { id: true, email: true, name: true, role: true, organizationId: true, teamId: true },
    });
    await recordAudit(tx, { actor: toUserActor(verified, "session"), action: "auth.email.verify", entityType: "user", entityId: userId });
    return verified;
  });
  await forgetUserActors(user.id);
  return { verified: true as const, email: user.email };
}

/** Sends a new verification link to the signed-in, unverified user. */
export async function resendVerification({ actor }: { actor: UserActor }) {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { id: true, email: true, name: true, organizationId: true, emailVerifiedAt: true } });
  if (!user || user.emailVerifiedAt) return { sent: false };
  await consumeLimit("resetEmail", `verify:${user.email}`);
  await sendVerificationMail(user, await issueAuthToken(user.id, "email_verification"));
  return { sent: true };
}
