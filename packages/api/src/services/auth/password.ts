import { db } from "@harbor/db";
import { hashPassword, verifyPassword } from "@harbor/db/password";
import { toUserActor, type UserActor } from "../../access/actor";
import { fieldError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { sendPasswordResetMail } from "./account-mail";
import { forgetUserActors } from "./actor-cache";
import { issueAuthToken, useAuthToken } from "./auth-tokens";
import { clearLimit, consumeLimit } from "./limits";
import { assertPasswordPolicy } from "./password-policy";
import { endAllSessions } from "./sessions";
import { normalizeEmail } from "./sign-in";

// Password reset by a single-use mailed token and password change. Both end every other session
// and every API key of the account (endAllSessions), so a stolen password or cookie stops working.

/** Mails a reset link when the email has an active account; answers the same either way. */
export async function requestPasswordReset({ email, ip }: { email: string; ip: string | null }) {
  const normalized = normalizeEmail(email);
  await consumeLimit("resetAddress", ip ?? "unknown");
  await consumeLimit("resetEmail", normalized);
  const user = await db.user.findUnique({ where: { email: normalized }, select: { id: true, email: true, name: true, organizationId: true, status: true } });
  if (user?.status === "active") await sendPasswordResetMail(user, await issueAuthToken(user.id, "password_reset"));
  return { requested: true as const };
}

/** Sets a new password from a reset link; the link also proves the mailbox, so it verifies the email. */
export async function resetPassword({ token, newPassword }: { token: string; newPassword: string }) {
  const user = await db.$transaction(async (tx) => {
    const userId = await useAuthToken(token, "password_reset", tx);
    const found = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    assertPasswordPolicy(newPassword, { email: found.email, field: "newPassword" });
    const updated = await tx.user.update({
      where: { id: userId },
      data: { passwordHash: await hashPassword(newPassword), emailVerifiedAt: new Date() },
      select: { id: true, email: true, name: true, role: true, organizationId: true, teamId: true, emailVerifiedAt: true },
    });
    await endAllSessions(tx, userId);
    await recordAudit(tx, { actor: toUserActor(updated, "session"), action: "auth.password.reset", entityType: "user", entityId: userId });
    return updated;
  });
  await forgetUserActors(user.id);
  await clearLimit("signInAccount", user.email);
  return { reset: true as const };
}

/** Changes the signed-in user's password; the session making the change stays signed in. */
export async function changePassword({ actor, currentPassword, newPassword }: { actor: UserActor; currentPassword: string; newPassword: string }) {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { id: true, email: true, passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw fieldError("currentPassword", "is incorrect");
  assertPasswordPolicy(newPassword, { email: user.email, field: "newPassword" });
  if (currentPassword === newPassword) throw fieldError("newPassword", "must differ from the current password");
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await endAllSessions(tx, user.id, { keepSessionId: actor.sessionId });
  });
  await forgetUserActors(user.id);
  return { changed: true as const };
}
