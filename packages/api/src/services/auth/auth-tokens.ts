import { createHash, randomBytes } from "node:crypto";
import { db, type AuthTokenPurpose, type Prisma } from "@harbor/db";
import { AppError } from "../../errors";

// Single-use tokens sent by mail: 32 random bytes, only their SHA-256 stored, an expiry, and a
// use that is one conditional update, so two requests racing with the same token cannot both win.

export const TOKEN_TTL_MS: Record<AuthTokenPurpose, number> = {
  password_reset: 60 * 60 * 1000,
  email_verification: 24 * 60 * 60 * 1000,
};

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

type TokenWriter = Pick<Prisma.TransactionClient, "authToken">;

/** Issues a token (earlier unused ones of the same purpose stop working) and returns it once. */
export async function issueAuthToken(userId: string, purpose: AuthTokenPurpose, writer: TokenWriter = db): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await writer.authToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } });
  await writer.authToken.create({ data: { userId, purpose, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + TOKEN_TTL_MS[purpose]) } });
  return token;
}

/** Uses a token once and returns its user's id; an unknown, used or expired token is refused. */
export async function useAuthToken(token: string, purpose: AuthTokenPurpose, writer: TokenWriter = db): Promise<string> {
  const tokenHash = hashToken(token);
  const now = new Date();
  const { count } = await writer.authToken.updateMany({ where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (count !== 1) throw new AppError("VALIDATION_ERROR", "This link is invalid or has expired. Ask for a new one.", { fieldErrors: { token: ["is invalid or has expired"] } });
  const { userId } = await writer.authToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
  return userId;
}
