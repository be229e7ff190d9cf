import { createHash, randomInt } from "node:crypto";
import { db, type Prisma } from "@harbor/db";
import { verifyPassword } from "@harbor/db/password";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import type { UserActor } from "../../access/actor";
import { AppError, fieldError, notFound } from "../../errors";
import { openSecret, sealSecret } from "../../security/secret-box";
import { forgetUserActors } from "./actor-cache";

// Two-factor authentication: TOTP (RFC 6238, 6 digits, 30 s, ±1 step of drift) with the secret
// sealed at rest by the secret box, and 10 one-time recovery codes stored as SHA-256 (they are
// random, 50 bits each, so a fast hash is enough) and shown once. A TOTP code is accepted once:
// the last accepted time step is stored and older or equal steps are refused.

const ISSUER = "Harbor";
const TOTP_TOLERANCE_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export type SecondFactor = "totp" | "recovery_code";

const hashRecoveryCode = (code: string) => createHash("sha256").update(normalizeRecoveryCode(code)).digest("hex");
const normalizeRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, "");

function newRecoveryCode(): string {
  const characters = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
  return `${characters.slice(0, 5)}-${characters.slice(5)}`;
}

async function replaceRecoveryCodes(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
  await tx.mfaRecoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
}

/** The time step a TOTP code matched, or null; never throws on malformed input. */
async function matchTotp(secret: string, code: string, afterTimeStep: number | null): Promise<number | null> {
  try {
    const result = await verify({ secret, token: code.replace(/\s/g, ""), epochTolerance: TOTP_TOLERANCE_SECONDS, ...(afterTimeStep === null ? {} : { afterTimeStep }) });
    return result.valid && "timeStep" in result ? result.timeStep : null;
  } catch {
    return null;
  }
}

/** Accepts a TOTP code once: the step is recorded in the same conditional update that accepts it. */
async function acceptTotp(userId: string, sealedSecret: string, lastTimeStep: number | null, code: string): Promise<boolean> {
  const step = await matchTotp(openSecret(sealedSecret), code, lastTimeStep);
  if (step === null) return false;
  const { count } = await db.user.updateMany({
    where: { id: userId, OR: [{ mfaLastTimeStep: null }, { mfaLastTimeStep: { lt: step } }] },
    data: { mfaLastTimeStep: step },
  });
  return count === 1;
}

async function useRecoveryCode(userId: string, code: string): Promise<boolean> {
  const { count } = await db.mfaRecoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(code), usedAt: null }, data: { usedAt: new Date() } });
  return count === 1;
}

/** Checks a sign-in's second factor: a TOTP code, else a recovery code (used up). */
export async function verifySecondFactor(user: { id: string; mfaSecret: string | null; mfaLastTimeStep: number | null }, code: string): Promise<SecondFactor | null> {
  if (!user.mfaSecret) return null;
  if (/^\d{6}$/.test(code.replace(/\s/g, "")) && (await acceptTotp(user.id, user.mfaSecret, user.mfaLastTimeStep, code))) return "totp";
  if (normalizeRecoveryCode(code).length === 10 && (await useRecoveryCode(user.id, code))) return "recovery_code";
  return null;
}

async function mfaUser(actor: UserActor) {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: { id: true, email: true, passwordHash: true, mfaSecret: true, mfaEnabledAt: true, mfaLastTimeStep: true },
  });
  if (!user) throw notFound("User");
  return user;
}

export async function getMfaStatus({ actor }: { actor: UserActor }) {
  const user = await mfaUser(actor);
  const recoveryCodesLeft = user.mfaEnabledAt ? await db.mfaRecoveryCode.count({ where: { userId: user.id, usedAt: null } }) : 0;
  return { enabled: Boolean(user.mfaEnabledAt), enabledAt: user.mfaEnabledAt, recoveryCodesLeft };
}

/** Starts enrollment: a new secret (sealed at rest), its otpauth URI and a QR code of it. */
export async function startMfaEnrollment({ actor }: { actor: UserActor }) {
  const user = await mfaUser(actor);
  if (user.mfaEnabledAt) throw new AppError("CONFLICT", "Two-factor authentication is already on. Turn it off first to enroll a new device.");
  const secret = generateSecret();
  await db.user.update({ where: { id: user.id }, data: { mfaSecret: sealSecret(secret), mfaLastTimeStep: null } });
  const otpauthUri = generateURI({ issuer: ISSUER, label: user.email, secret });
  return { secret, otpauthUri, qrCodeDataUrl: await QRCode.toDataURL(otpauthUri, { margin: 1, width: 220 }) };
}

/** Confirms enrollment with a code from the app; returns the recovery codes, shown this once. */
export async function confirmMfaEnrollment({ actor, code }: { actor: UserActor; code: string }) {
  const user = await mfaUser(actor);
  if (user.mfaEnabledAt) throw new AppError("CONFLICT", "Two-factor authentication is already on.");
  if (!user.mfaSecret) throw new AppError("CONFLICT", "Start enrollment first.");
  if (!(await acceptTotp(user.id, user.mfaSecret, user.mfaLastTimeStep, code))) throw fieldError("code", "is not the current code of your authenticator app");
  const recoveryCodes = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { mfaEnabledAt: new Date() } });
    return replaceRecoveryCodes(tx, user.id);
  });
  await forgetUserActors(user.id);
  return { enabled: true as const, recoveryCodes };
}

/** A fresh set of recovery codes (the old ones stop working), for a current TOTP code. */
export async function regenerateRecoveryCodes({ actor, code }: { actor: UserActor; code: string }) {
  const user = await mfaUser(actor);
  if (!user.mfaEnabledAt || !user.mfaSecret) throw new AppError("CONFLICT", "Two-factor authentication is off.");
  if (!(await acceptTotp(user.id, user.mfaSecret, user.mfaLastTimeStep, code))) throw fieldError("code", "is not the current code of your authenticator app");
  const recoveryCodes = await db.$transaction((tx) => replaceRecoveryCodes(tx, user.id));
  return { enabled: true as const, recoveryCodes };
}

/** Turns MFA off; needs a current code (TOTP or recovery) or the account's password. */
export async function disableMfa({ actor, code, password }: { actor: UserActor; code?: string; password?: string }) {
  const user = await mfaUser(actor);
  if (!user.mfaEnabledAt) throw new AppError("CONFLICT", "Two-factor authentication is already off.");
  const proven = (code ? (await verifySecondFactor(user, code)) !== null : false) || (password ? await verifyPassword(user.passwordHash, password) : false);
  if (!proven) throw fieldError(code ? "code" : "password", code ? "is not a current code" : "is incorrect");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { mfaSecret: null, mfaEnabledAt: null, mfaLastTimeStep: null } });
    await tx.mfaRecoveryCode.deleteMany({ where: { userId: user.id } });
  });
  await forgetUserActors(user.id);
  return { enabled: false as const };
}
