import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { apiEnv } from "../env";

// Secrets Harbor must be able to read back (an organization's AI provider key, OAuth tokens) are
// sealed with AES-256-GCM before they reach the database. The key is HARBOR_ENCRYPTION_KEY (32
// bytes as 64 hex characters or base64) or, when that is unset, derived from AUTH_SECRET with
// HKDF, so a deployment that only set AUTH_SECRET still encrypts; rotating either makes sealed
// values unreadable, which openSecret reports instead of returning garbage.

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HKDF_INFO = "harbor secret-box v1";

export class SecretBoxError extends Error {
  override name = "SecretBoxError";
}

export function encryptionKeyFrom(source: { HARBOR_ENCRYPTION_KEY?: string | undefined; AUTH_SECRET?: string | undefined }): Buffer {
  const explicit = source.HARBOR_ENCRYPTION_KEY;
  if (explicit) {
    const key = /^[0-9a-f]{64}$/i.test(explicit) ? Buffer.from(explicit, "hex") : Buffer.from(explicit, "base64");
    if (key.length !== 32) throw new SecretBoxError("HARBOR_ENCRYPTION_KEY must be 32 bytes, as 64 hex characters or base64");
    return key;
  }
  if (source.AUTH_SECRET) {
    return Buffer.from(hkdfSync("sha256", source.AUTH_SECRET, "harbor", HKDF_INFO, 32));
  }
  throw new SecretBoxError("Set HARBOR_ENCRYPTION_KEY or AUTH_SECRET to store secrets");
}

let cachedKey: Buffer | undefined;
const currentKey = () => (cachedKey ??= encryptionKeyFrom(apiEnv()));

/** `v1.<iv>.<tag>.<ciphertext>`, base64url; a fresh IV every time, so equal secrets differ. */
export function sealSecret(plaintext: string, key: Buffer = currentKey()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv, tag, ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

export function openSecret(sealed: string, key: Buffer = currentKey()): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new SecretBoxError("Not a sealed secret");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"), { authTagLength: TAG_BYTES });
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch (cause) {
    throw new SecretBoxError("The secret cannot be decrypted with the current key (was the key rotated?)", { cause });
  }
}

/** What a screen may show of a secret: its last four characters. */
export function maskSecret(last4: string | null | undefined): string | null {
  return last4 ? `••••${last4}` : null;
}
